package org.genaikg.pipeline;

import org.apache.jena.graph.Graph;

/** The result of a successful build: the complete graph (facts, ontology, catalogue facts) and its version. */
public record BuiltGraph(Graph graph, String version, int tables, int rows) {}
