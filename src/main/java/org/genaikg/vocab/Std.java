package org.genaikg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of the standard vocabularies genai-kg reuses that Jena does not ship: PROV-O, the Data Cube vocabulary and
 * its SDMX components, and DCAT 3's {@code dcat:version}. RDF, RDFS, SKOS, DCTERMS, DCAT, VoID, ORG and schema.org
 * terms are Jena's own ({@code org.apache.jena.vocabulary}).
 */
public final class Std {
    private Std() {}

    private static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }

    public static final Node PROV_WAS_DERIVED_FROM = uri(Namespaces.PROV, "wasDerivedFrom");

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

    public static final Node DCAT_VERSION = uri(Namespaces.DCAT, "version");

}
