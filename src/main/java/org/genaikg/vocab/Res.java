package org.genaikg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * IRIs of genai-kg's instances: {@code https://w3id.org/genai-kg/resource/{kind}/{id}}, where the id is the
 * table row's slug and the kinds are those of {@link Kind}.
 */
public final class Res {
    private Res() {}

    public static Node place(String id) { return Kind.PLACE.iri(id); }
    public static Node agency(String id) { return Kind.AGENCY.iri(id); }
    public static Node organization(String id) { return Kind.ORGANIZATION.iri(id); }
    public static Node policy(String id) { return Kind.POLICY.iri(id); }
    public static Node model(String id) { return Kind.MODEL.iri(id); }
    public static Node scenario(String id) { return Kind.SCENARIO.iri(id); }
    public static Node event(String id) { return Kind.EVENT.iri(id); }
    public static Node figure(String id) { return Kind.FIGURE.iri(id); }
    public static Node unit(String id) { return Kind.UNIT.iri(id); }
    public static Node report(String id) { return Kind.REPORT.iri(id); }
    public static Node source(String id) { return Kind.FOOTNOTE.iri(id); }
    public static Node dataset(String id) { return Kind.DATASET.iri(id); }
    public static Node dsd(String id) { return Kind.STRUCTURE.iri(id); }
    public static Node measure(String id) { return Kind.MEASURE.iri(id); }
    public static Node dimension(String id) { return Kind.DIMENSION.iri(id); }
    public static Node codeList(String dimension) { return Kind.CODE_LIST.iri(dimension); }
    public static Node code(String dimension, String id) { return Kind.CODE.iri(dimension + "/" + id); }
    public static Node observation(String dataset, String id) { return Kind.OBSERVATION.iri(dataset + "/" + id); }
    public static Node component(String dataset, String component) { return Kind.STRUCTURE.iri(dataset + "/component/" + component); }
    public static Node person(String id) { return Kind.PERSON.iri(id); }
    public static Node scenarioScheme() { return Kind.SCHEME.iri("scenarios"); }
    public static Node term(String id) { return Kind.TERM.iri(id); }
    public static Node termScheme() { return Kind.SCHEME.iri("terms"); }
    public static Node graphDataset() { return NodeFactory.createURI(Namespaces.BASE + "dataset"); }

    public static Node section(String report, String number) {
        return Kind.REPORT.iri(report + "/section/" + number);
    }

    /** A numbered table of a report (表1), which lists some of the graph's entities. */
    public static Node reportTable(String report, String number) {
        return Kind.REPORT.iri(report + "/table/" + number);
    }

    /** The IRI of a row of the table that the id was found in (for columns that may name several kinds). */
    public static Node ofTable(String table, String id) {
        return Kind.ofTable(table).orElseThrow(() -> new IllegalArgumentException("No IRI kind for table " + table))
                .iri(id);
    }
}
