package org.genaikg.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * The integrity constraints of the W3C RDF Data Cube vocabulary (section 11) as ASK queries; a query that
 * answers true has found a violation. Constraints IC-17, IC-18, IC-20 and IC-21 concern measure dimensions,
 * slices and hierarchical code lists, which genai-kg's cubes do not use.
 */
public final class CubeIntegrityChecks {
    static final List<String> CONSTRAINTS = List.of(
            "ic-01-unique-dataset", "ic-02-unique-dsd", "ic-03-dsd-includes-measure", "ic-04-dimensions-have-range",
            "ic-05-concept-dimensions-have-code-lists", "ic-06-only-attributes-optional", "ic-07-slice-keys-declared",
            "ic-08-slice-keys-consistent", "ic-09-unique-slice-structure", "ic-10-slice-dimensions-complete",
            "ic-11-all-dimensions-required", "ic-12-no-duplicate-observations", "ic-13-required-attributes",
            "ic-14-all-measures-present", "ic-15-measure-dimension-consistent", "ic-16-single-measure",
            "ic-19-codes-from-code-list");

    private CubeIntegrityChecks() {}

    public static int count() {
        return CONSTRAINTS.size();
    }

    /** The names of the constraints the graph violates; empty when all hold. */
    public static List<String> violated(Graph graph) {
        List<String> failed = new ArrayList<>();
        var model = ModelFactory.createModelForGraph(graph);
        for (String name : CONSTRAINTS) {
            try (QueryExecution qe = QueryExecutionFactory.create(query(name), model)) {
                if (qe.execAsk()) failed.add(name);
            }
        }
        return failed;
    }

    static String query(String name) {
        try (InputStream in = CubeIntegrityChecks.class.getResourceAsStream("datacube/" + name + ".rq")) {
            if (in == null) throw new IllegalStateException("Missing Data Cube constraint query: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
