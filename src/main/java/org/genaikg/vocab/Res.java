package org.genaikg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * IRIs of genai-kg's instances: {@code https://w3id.org/genai-kg/resource/{kind}/{id}}, where the id is the
 * table row's slug. The kinds are fixed here so that an IRI never changes when a table is reordered.
 */
public final class Res {
    private Res() {}

    public static Node iri(String kind, String id) {
        return NodeFactory.createURI(Namespaces.RES + kind + "/" + id);
    }

    public static Node place(String id) { return iri("place", id); }
    public static Node agency(String id) { return iri("agency", id); }
    public static Node organization(String id) { return iri("organization", id); }
    public static Node policy(String id) { return iri("policy", id); }
    public static Node model(String id) { return iri("model", id); }
    public static Node scenario(String id) { return iri("scenario", id); }
    public static Node event(String id) { return iri("event", id); }
    public static Node figure(String id) { return iri("figure", id); }
    public static Node unit(String id) { return iri("unit", id); }
    public static Node report(String id) { return iri("report", id); }
    public static Node source(String id) { return iri("source", id); }
    public static Node dataset(String id) { return iri("dataset", id); }
    public static Node dsd(String id) { return iri("dsd", id); }
    public static Node measure(String id) { return iri("measure", id); }
    public static Node dimension(String id) { return iri("dimension", id); }
    public static Node codeList(String dimension) { return iri("codelist", dimension); }
    public static Node code(String dimension, String id) { return iri("code", dimension + "/" + id); }
    public static Node observation(String dataset, String id) { return iri("observation", dataset + "/" + id); }
    public static Node component(String dataset, String component) { return iri("dsd", dataset + "/component/" + component); }
    public static Node person(String id) { return iri("person", id); }
    public static Node scenarioScheme() { return iri("scheme", "scenarios"); }
    public static Node term(String id) { return iri("term", id); }
    public static Node termScheme() { return iri("scheme", "terms"); }
    public static Node graphDataset() { return NodeFactory.createURI(Namespaces.BASE + "dataset"); }

    public static Node section(String report, String number) {
        return iri("report", report + "/section/" + number);
    }

    /** A numbered table of a report (表1), which lists some of the graph's entities. */
    public static Node reportTable(String report, String number) {
        return iri("report", report + "/table/" + number);
    }

    /** The IRI of a row of the table that the id was found in (for columns that may name several kinds). */
    public static Node ofTable(String table, String id) {
        return switch (table) {
            case "places" -> place(id);
            case "agencies" -> agency(id);
            case "organizations" -> organization(id);
            case "persons" -> person(id);
            case "policies" -> policy(id);
            case "models" -> model(id);
            case "scenarios" -> scenario(id);
            case "units" -> unit(id);
            default -> throw new IllegalArgumentException("No IRI kind for table " + table);
        };
    }
}
