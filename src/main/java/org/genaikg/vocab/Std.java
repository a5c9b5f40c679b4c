package org.genaikg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the standard vocabularies that genai-kg reuses (ORG, schema.org, SKOS, PROV-O, DCTERMS, Data Cube, DCAT, VoID). */
public final class Std {
    private Std() {}

    private static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }

    public static final Node RDF_TYPE = uri(Namespaces.RDF, "type");
    public static final Node RDFS_LABEL = uri(Namespaces.RDFS, "label");
    public static final Node RDFS_COMMENT = uri(Namespaces.RDFS, "comment");
    public static final Node RDFS_RANGE = uri(Namespaces.RDFS, "range");
    public static final Node RDFS_SUBCLASS_OF = uri(Namespaces.RDFS, "subClassOf");
    public static final Node RDFS_SUBPROPERTY_OF = uri(Namespaces.RDFS, "subPropertyOf");

    public static final Node ORG_SUB_ORGANIZATION_OF = uri(Namespaces.ORG, "subOrganizationOf");
    public static final Node ORG_ORGANIZATION = uri(Namespaces.ORG, "Organization");

    public static final Node SCHEMA_VALUE = uri(Namespaces.SCHEMA, "value");
    public static final Node SCHEMA_URL = uri(Namespaces.SCHEMA, "url");
    public static final Node SCHEMA_DESCRIPTION = uri(Namespaces.SCHEMA, "description");
    public static final Node SCHEMA_PUBLISHER = uri(Namespaces.SCHEMA, "publisher");
    public static final Node SCHEMA_JOB_TITLE = uri(Namespaces.SCHEMA, "jobTitle");
    public static final Node SCHEMA_AFFILIATION = uri(Namespaces.SCHEMA, "affiliation");

    public static final Node SKOS_CONCEPT = uri(Namespaces.SKOS, "Concept");
    public static final Node SKOS_CONCEPT_SCHEME = uri(Namespaces.SKOS, "ConceptScheme");
    public static final Node SKOS_PREF_LABEL = uri(Namespaces.SKOS, "prefLabel");
    public static final Node SKOS_ALT_LABEL = uri(Namespaces.SKOS, "altLabel");
    public static final Node SKOS_BROADER = uri(Namespaces.SKOS, "broader");
    public static final Node SKOS_NARROWER = uri(Namespaces.SKOS, "narrower");
    public static final Node SKOS_IN_SCHEME = uri(Namespaces.SKOS, "inScheme");
    public static final Node SKOS_TOP_CONCEPT_OF = uri(Namespaces.SKOS, "topConceptOf");
    public static final Node SKOS_HAS_TOP_CONCEPT = uri(Namespaces.SKOS, "hasTopConcept");
    public static final Node SKOS_EDITORIAL_NOTE = uri(Namespaces.SKOS, "editorialNote");
    public static final Node SKOS_NOTATION = uri(Namespaces.SKOS, "notation");
    public static final Node SKOS_DEFINITION = uri(Namespaces.SKOS, "definition");

    public static final Node PROV_WAS_DERIVED_FROM = uri(Namespaces.PROV, "wasDerivedFrom");

    public static final Node DCT_SOURCE = uri(Namespaces.DCTERMS, "source");
    public static final Node DCT_TITLE = uri(Namespaces.DCTERMS, "title");
    public static final Node DCT_DESCRIPTION = uri(Namespaces.DCTERMS, "description");
    public static final Node DCT_PUBLISHER = uri(Namespaces.DCTERMS, "publisher");
    public static final Node DCT_ISSUED = uri(Namespaces.DCTERMS, "issued");
    public static final Node DCT_IS_PART_OF = uri(Namespaces.DCTERMS, "isPartOf");
    public static final Node DCT_LICENSE = uri(Namespaces.DCTERMS, "license");
    public static final Node DCT_CREATOR = uri(Namespaces.DCTERMS, "creator");
    public static final Node DCT_LANGUAGE = uri(Namespaces.DCTERMS, "language");
    public static final Node DCT_CONFORMS_TO = uri(Namespaces.DCTERMS, "conformsTo");

    public static final Node QB_DATA_SET = uri(Namespaces.QB, "DataSet");
    public static final Node QB_DATA_STRUCTURE_DEFINITION = uri(Namespaces.QB, "DataStructureDefinition");
    public static final Node QB_OBSERVATION = uri(Namespaces.QB, "Observation");
    public static final Node QB_DIMENSION_PROPERTY = uri(Namespaces.QB, "DimensionProperty");
    public static final Node QB_MEASURE_PROPERTY = uri(Namespaces.QB, "MeasureProperty");
    public static final Node QB_COMPONENT_SPECIFICATION = uri(Namespaces.QB, "ComponentSpecification");
    public static final Node QB_CODED_PROPERTY = uri(Namespaces.QB, "CodedProperty");
    public static final Node QB_DATA_SET_PROP = uri(Namespaces.QB, "dataSet");
    public static final Node QB_STRUCTURE = uri(Namespaces.QB, "structure");
    public static final Node QB_COMPONENT = uri(Namespaces.QB, "component");
    public static final Node QB_DIMENSION = uri(Namespaces.QB, "dimension");
    public static final Node QB_MEASURE = uri(Namespaces.QB, "measure");
    public static final Node QB_MEASURE_TYPE = uri(Namespaces.QB, "measureType");
    public static final Node QB_ATTRIBUTE = uri(Namespaces.QB, "attribute");
    public static final Node QB_ORDER = uri(Namespaces.QB, "order");
    public static final Node QB_COMPONENT_REQUIRED = uri(Namespaces.QB, "componentRequired");
    public static final Node QB_CODE_LIST = uri(Namespaces.QB, "codeList");

    public static final Node SDMX_UNIT_MEASURE = uri(Namespaces.SDMX_ATTRIBUTE, "unitMeasure");
    public static final Node SDMX_OBS_VALUE = uri(Namespaces.SDMX_MEASURE, "obsValue");

    public static final Node DCAT_DATASET = uri(Namespaces.DCAT, "Dataset");
    public static final Node DCAT_DISTRIBUTION = uri(Namespaces.DCAT, "Distribution");
    public static final Node DCAT_DATA_SERVICE = uri(Namespaces.DCAT, "DataService");
    public static final Node DCAT_DISTRIBUTION_PROP = uri(Namespaces.DCAT, "distribution");
    public static final Node DCAT_DOWNLOAD_URL = uri(Namespaces.DCAT, "downloadURL");
    public static final Node DCAT_ACCESS_URL = uri(Namespaces.DCAT, "accessURL");
    public static final Node DCAT_MEDIA_TYPE = uri(Namespaces.DCAT, "mediaType");
    public static final Node DCAT_BYTE_SIZE = uri(Namespaces.DCAT, "byteSize");
    public static final Node DCAT_ENDPOINT_URL = uri(Namespaces.DCAT, "endpointURL");
    public static final Node DCAT_SERVES_DATASET = uri(Namespaces.DCAT, "servesDataset");
    public static final Node DCAT_VERSION = uri(Namespaces.DCAT, "version");

    public static final Node VOID_DATASET = uri(Namespaces.VOID, "Dataset");
    public static final Node VOID_TRIPLES = uri(Namespaces.VOID, "triples");
    public static final Node VOID_ENTITIES = uri(Namespaces.VOID, "entities");
    public static final Node VOID_CLASSES = uri(Namespaces.VOID, "classes");
    public static final Node VOID_PROPERTIES = uri(Namespaces.VOID, "properties");
    public static final Node VOID_DISTINCT_SUBJECTS = uri(Namespaces.VOID, "distinctSubjects");
    public static final Node VOID_DISTINCT_OBJECTS = uri(Namespaces.VOID, "distinctObjects");
    public static final Node VOID_CLASS_PARTITION = uri(Namespaces.VOID, "classPartition");
    public static final Node VOID_PROPERTY_PARTITION = uri(Namespaces.VOID, "propertyPartition");
    public static final Node VOID_CLASS = uri(Namespaces.VOID, "class");
    public static final Node VOID_PROPERTY = uri(Namespaces.VOID, "property");
    public static final Node VOID_EXAMPLE_RESOURCE = uri(Namespaces.VOID, "exampleResource");
    public static final Node VOID_SPARQL_ENDPOINT = uri(Namespaces.VOID, "sparqlEndpoint");
    public static final Node VOID_DATA_DUMP = uri(Namespaces.VOID, "dataDump");
    public static final Node VOID_URI_SPACE = uri(Namespaces.VOID, "uriSpace");
    public static final Node VOID_VOCABULARY = uri(Namespaces.VOID, "vocabulary");
    public static final Node VOID_FEATURE = uri(Namespaces.VOID, "feature");
}
