package org.genaikg.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.genaikg.pipeline.BuildConfig;
import org.genaikg.pipeline.BuiltGraph;
import org.genaikg.pipeline.Pipeline;
import org.genaikg.pipeline.StageLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.NTriplesDocumentFormat;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.FileDocumentSource;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDatatype;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLLiteral;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.profiles.violations.UseOfDefinedDatatypeInLiteral;
import org.semanticweb.owlapi.profiles.violations.UseOfUndeclaredAnnotationProperty;
import org.semanticweb.owlapi.profiles.violations.UseOfUndeclaredClass;
import org.semanticweb.owlapi.profiles.violations.UseOfUndeclaredDataProperty;
import org.semanticweb.owlapi.profiles.violations.UseOfUndeclaredDatatype;
import org.semanticweb.owlapi.profiles.violations.UseOfUndeclaredObjectProperty;
import org.semanticweb.owlapi.reasoner.InferenceType;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * Checks the ontology and the whole built graph with a real OWL 2 DL reasoner (HermiT 1.4.5 through the OWL API 5.1),
 * which finds what SHACL cannot: an inconsistent ontology, a class that can have no instance (e.g. a subclass of two
 * disjoint classes), or facts that, through domains, ranges and subclass axioms, put one resource in two disjoint
 * classes.
 *
 * <ul>
 *   <li>{@code ontology/genai-kg.ttl} alone must be in the OWL 2 DL profile with no violation at all, consistent, and
 *       every named class must be satisfiable.</li>
 *   <li>The whole built graph (ontology, every fact from the tables, catalogue facts), serialised to N-Triples in memory
 *       and parsed by the OWL API, must be consistent and keep every class satisfiable. It is in OWL 2 DL except for
 *       the tolerated violations described at {@link #tolerated}; any other violation fails.</li>
 *   <li>A control: the same graph with one clash added must be found inconsistent, and the explanation must name the
 *       disjointness axiom, so that a green run is not a vacuous one.</li>
 * </ul>
 *
 * HermiT runs with {@code ignoreUnsupportedDatatypes}: the data use xsd:date, xsd:gYearMonth and xsd:gYear, which are
 * not in the OWL 2 datatype map; their values are checked by SHACL instead (see the ontology's header). The whole
 * graph (about 17,000 triples, 2,000 individuals) takes HermiT about a second, so no subset is needed.
 */
class OwlReasonerTest {
    private static final String GKG = "https://w3id.org/genai-kg/ontology#";
    private static final String RES = "https://w3id.org/genai-kg/resource/";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    /** Not in the OWL 2 datatype map, used for dates on purpose and checked by SHACL. */
    private static final Set<String> DATE_DATATYPES = Set.of(XSD + "date", XSD + "gYearMonth", XSD + "gYear");
    /** Standard vocabularies whose terms the data use without an OWL declaration of their own. */
    private static final List<String> STANDARD_NAMESPACES = List.of(
            "http://purl.org/linked-data/cube#", "http://purl.org/linked-data/sdmx/", "http://purl.org/dc/terms/",
            "http://rdfs.org/ns/void#", "http://www.w3.org/ns/dcat#", "http://www.w3.org/ns/prov#",
            "http://www.w3.org/2004/02/skos/core#", "http://xmlns.com/foaf/0.1/", "https://schema.org/",
            "http://www.w3.org/ns/org#", "http://data.europa.eu/eli/ontology#");

    private static OWLOntology ontology;
    private static OWLOntology builtGraph;
    private static Graph jenaGraph;

    @BeforeAll
    static void load() throws Exception {
        ontology = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(
                new FileDocumentSource(Path.of("ontology", "genai-kg.ttl").toFile(), new TurtleDocumentFormat()));
        BuiltGraph built = new Pipeline(BuildConfig.defaults().withShacl(false), StageLog.silent()).check();
        jenaGraph = built.graph();
        builtGraph = toOwl(jenaGraph);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void ontologyIsOwl2DlConsistentAndEveryClassIsSatisfiable() {
        List<OWLProfileViolation> violations = new OWL2DLProfile().checkOntology(ontology).getViolations();
        assertTrue(violations.isEmpty(), () -> "ontology/genai-kg.ttl is not in OWL 2 DL:\n" + describe(violations));

        OWLReasoner reasoner = hermit(ontology);
        try {
            assertTrue(reasoner.isConsistent(), () -> "ontology/genai-kg.ttl is inconsistent; a justification:\n"
                    + render(justify(ontology, OwlReasonerTest::inconsistent)));
            reasoner.precomputeInferences(InferenceType.CLASS_HIERARCHY);
            assertNoUnsatisfiableClass(ontology, reasoner, "ontology/genai-kg.ttl");
            assertTrue(ontology.classesInSignature().count() > 100, "the ontology's classes were not loaded");
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void builtGraphIsConsistentAndEveryClassIsSatisfiable() {
        List<OWLProfileViolation> violations = new OWL2DLProfile().checkOntology(builtGraph).getViolations();
        List<OWLProfileViolation> serious = violations.stream().filter(v -> !tolerated(v)).toList();
        assertTrue(serious.isEmpty(), () -> "the built graph is not in OWL 2 DL (beyond the tolerated undeclared "
                + "standard terms, QB component properties and date datatypes):\n" + describe(serious));

        OWLReasoner reasoner = hermit(builtGraph);
        try {
            assertTrue(reasoner.isConsistent(), () -> "the built graph is inconsistent; "
                    + explainInconsistentGraph(builtGraph));
            reasoner.precomputeInferences(InferenceType.CLASS_HIERARCHY);
            assertNoUnsatisfiableClass(builtGraph, reasoner, "the built graph");
            long individuals = builtGraph.individualsInSignature().count();
            assertTrue(individuals > 1000, "only " + individuals + " individuals reached the reasoner");
        } finally {
            reasoner.dispose();
        }
    }

    /** Guards against a vacuous pass: one resource typed both place and organization must be caught and explained. */
    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aClashInTheDataIsFoundAndExplained() throws Exception {
        Graph broken = GraphFactory.createDefaultGraph();
        jenaGraph.find().forEach(broken::add);
        broken.add(Triple.create(NodeFactory.createURI(RES + "place/china"), RDF.type.asNode(),
                NodeFactory.createURI(GKG + "Company")));
        OWLOntology owl = toOwl(broken);
        OWLReasoner reasoner = hermit(owl);
        try {
            assertFalse(reasoner.isConsistent(), "HermiT missed a place that is also a company");
        } finally {
            reasoner.dispose();
        }
        String explanation = explainInconsistentGraph(owl);
        assertTrue(explanation.contains("place/china") && explanation.contains("DisjointClasses"), explanation);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * The built graph's tolerated OWL 2 DL violations, all of the "undeclared" kind that OWL 2 DL's strict
     * declaration rule raises and the OWL API repairs by guessing the entity's kind from its use:
     * <ul>
     *   <li>terms of standard vocabularies ({@link #STANDARD_NAMESPACES}: qb:, void:, dcat:, dcterms:, ...) used by
     *       the data-cube structure and catalogue facts without an OWL declaration (e.g. qb:order, qb:dimension,
     *       void:Dataset): they are annotations or plain class assertions that carry no axiom of ours;</li>
     *   <li>the data sets' own component properties under {@code resource/dimension/}, {@code resource/measure/} and
     *       {@code resource/attribute/}, declared in RDF Data Cube style (typed qb:DimensionProperty etc.) rather than
     *       as owl:ObjectProperty or owl:DatatypeProperty;</li>
     *   <li>xsd:date, xsd:gYearMonth and xsd:gYear in literals (an undeclared datatype that is not in the OWL 2
     *       datatype map): the ontology deliberately uses them for dates and SHACL checks them.</li>
     * </ul>
     * An undeclared term of the project's own ontology namespace, or any other kind of violation (punning between
     * object and data properties, reserved vocabulary misuse, non-simple properties in restrictions, ...), fails.
     */
    static boolean tolerated(OWLProfileViolation v) {
        if (v instanceof UseOfUndeclaredDatatype || v instanceof UseOfDefinedDatatypeInLiteral) {
            Object e = v.getExpression();
            String iri = e instanceof OWLDatatype d ? d.getIRI().toString()
                    : e instanceof OWLLiteral l ? l.getDatatype().getIRI().toString() : "";
            return DATE_DATATYPES.contains(iri);
        }
        if (v instanceof UseOfUndeclaredClass || v instanceof UseOfUndeclaredObjectProperty
                || v instanceof UseOfUndeclaredDataProperty || v instanceof UseOfUndeclaredAnnotationProperty) {
            String iri = ((OWLEntity) v.getExpression()).getIRI().toString();
            return STANDARD_NAMESPACES.stream().anyMatch(iri::startsWith)
                    || iri.startsWith(RES + "dimension/") || iri.startsWith(RES + "measure/")
                    || iri.startsWith(RES + "attribute/");
        }
        return false;
    }

    private static OWLOntology toOwl(Graph graph) throws OWLOntologyCreationException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntology owl = manager.loadOntologyFromOntologyDocument(new StringDocumentSource(
                out.toString(StandardCharsets.UTF_8), IRI.create("urn:genai-kg:built-graph"),
                new NTriplesDocumentFormat(), null));
        assertTrue(owl.getAxiomCount() > graph.size() / 2,
                () -> "the OWL API kept only " + owl.getAxiomCount() + " axioms of " + graph.size() + " triples");
        return owl;
    }

    private static OWLReasoner hermit(OWLOntology owl) {
        Configuration config = new Configuration();
        config.ignoreUnsupportedDatatypes = true;   // xsd:date, xsd:gYearMonth, xsd:gYear: see the class comment
        return new ReasonerFactory().createReasoner(owl, config);
    }

    private static boolean inconsistent(OWLOntology owl) {
        OWLReasoner reasoner = hermit(owl);
        try {
            return !reasoner.isConsistent();
        } finally {
            reasoner.dispose();
        }
    }

    private static void assertNoUnsatisfiableClass(OWLOntology owl, OWLReasoner reasoner, String what) {
        Set<OWLClass> unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom();
        if (unsatisfiable.isEmpty()) return;
        StringBuilder message = new StringBuilder(what + " has " + unsatisfiable.size() + " unsatisfiable classes: "
                + unsatisfiable.stream().map(c -> c.getIRI().toString()).sorted().collect(Collectors.joining(", ")));
        OWLClass first = unsatisfiable.stream().min(OWLClass::compareTo).orElseThrow();
        message.append("\nwhy ").append(first.getIRI()).append(" is unsatisfiable:\n").append(render(justify(
                tboxOnly(owl), o -> {
                    OWLReasoner r = hermit(o);
                    try {
                        return !r.isSatisfiable(first);
                    } finally {
                        r.dispose();
                    }
                })));
        fail(message.toString());
    }

    // ------------------------------------------- explanations ------------------------------------------------------

    /**
     * Localises an inconsistency of a graph: the schema's logical axioms with the facts about one individual at a time
     * (its own assertions and those naming it as object) are checked by halving the set of individuals; a culprit
     * individual's neighbourhood is then shrunk to a minimal justification. A clash that spans several individuals'
     * neighbourhoods is reported as the set of individuals that are only inconsistent together.
     */
    private static String explainInconsistentGraph(OWLOntology owl) {
        Set<OWLAxiom> tbox = tboxAxioms(owl);
        List<OWLNamedIndividual> individuals = owl.individualsInSignature().sorted().toList();
        if (inconsistent(ontologyOf(tbox))) return "the schema alone is inconsistent:\n" + render(justify(tbox));
        List<OWLNamedIndividual> culprits = new ArrayList<>(individuals);
        while (culprits.size() > 1) {
            List<OWLNamedIndividual> left = culprits.subList(0, culprits.size() / 2);
            List<OWLNamedIndividual> right = culprits.subList(culprits.size() / 2, culprits.size());
            if (inconsistent(withFacts(owl, tbox, left))) culprits = new ArrayList<>(left);
            else if (inconsistent(withFacts(owl, tbox, right))) culprits = new ArrayList<>(right);
            else break;
        }
        Set<OWLAxiom> candidate = axiomsOf(withFacts(owl, tbox, culprits));
        if (culprits.size() > 20 || !inconsistent(ontologyOf(candidate)))
            return "the clash spans many individuals' facts (" + culprits.size() + " of " + individuals.size()
                    + " individuals in the smallest inconsistent half); look at the domains, ranges and disjointness"
                    + " axioms of the properties they use";
        return "a justification (facts about " + culprits.stream().map(i -> i.getIRI().toString())
                .collect(Collectors.joining(", ")) + "):\n" + render(justify(candidate));
    }

    private static OWLOntology withFacts(OWLOntology owl, Set<OWLAxiom> tbox, Collection<OWLNamedIndividual> about) {
        Set<OWLAxiom> axioms = new LinkedHashSet<>(tbox);
        for (OWLNamedIndividual individual : about) owl.referencingAxioms(individual).filter(OWLAxiom::isLogicalAxiom)
                .forEach(axioms::add);
        return ontologyOf(axioms);
    }

    private static Set<OWLAxiom> tboxAxioms(OWLOntology owl) {
        return owl.logicalAxioms().filter(a -> !a.isOfType(AxiomType.ABoxAxiomTypes))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static OWLOntology tboxOnly(OWLOntology owl) {
        return ontologyOf(tboxAxioms(owl));
    }

    private static Set<OWLAxiom> justify(OWLOntology owl, Predicate<OWLOntology> holds) {
        return justify(axiomsOf(owl), holds);
    }

    private static Set<OWLAxiom> justify(Set<OWLAxiom> axioms) {
        return justify(axioms, OwlReasonerTest::inconsistent);
    }

    /**
     * Black-box justification: drops logical axioms, in halving chunks and then one by one, as long as {@code holds}
     * still holds; what is left is a minimal set of logical axioms for it.
     */
    private static Set<OWLAxiom> justify(Set<OWLAxiom> axioms, Predicate<OWLOntology> holds) {
        List<OWLAxiom> kept = new ArrayList<>(axioms.stream().filter(OWLAxiom::isLogicalAxiom).toList());
        for (int chunk = Math.max(1, kept.size() / 8); ; chunk = Math.max(1, chunk / 2)) {
            for (int i = 0; i < kept.size(); ) {
                List<OWLAxiom> trial = new ArrayList<>(kept.subList(0, i));
                trial.addAll(kept.subList(Math.min(kept.size(), i + chunk), kept.size()));
                if (holds.test(ontologyOf(trial))) kept = trial;
                else i += chunk;
            }
            if (chunk == 1) break;
        }
        return new LinkedHashSet<>(kept);
    }

    private static Set<OWLAxiom> axiomsOf(OWLOntology owl) {
        return owl.axioms(Imports.EXCLUDED).filter(OWLAxiom::isLogicalAxiom)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static OWLOntology ontologyOf(Collection<OWLAxiom> axioms) {
        try {
            return OWLManager.createOWLOntologyManager().createOntology(axioms.stream());
        } catch (OWLOntologyCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String render(Set<OWLAxiom> axioms) {
        return axioms.stream().map(a -> "  " + a.getAxiomWithoutAnnotations()).sorted()
                .collect(Collectors.joining("\n"));
    }

    private static String describe(List<OWLProfileViolation> violations) {
        Set<String> lines = new TreeSet<>();
        violations.forEach(v -> lines.add("  " + v.getClass().getSimpleName() + ": " + v.getExpression()
                + (v.getAxiom() == null ? "" : " in " + v.getAxiom().getAxiomWithoutAnnotations())));
        return lines.stream().limit(50).collect(Collectors.joining("\n"))
                + (lines.size() > 50 ? "\n  ... " + (lines.size() - 50) + " more" : "");
    }
}
