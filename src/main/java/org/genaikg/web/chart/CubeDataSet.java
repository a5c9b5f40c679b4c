package org.genaikg.web.chart;

import org.apache.jena.vocabulary.RDF;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.genaikg.dataset.GraphReader;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Namespaces;
import org.genaikg.vocab.Std;

/**
 * One RDF Data Cube data set as its pages show it: its dimensions in the order of its structure (the period, a
 * {@code gkg:period}, among them) and its observations, each with its period, codes, value, unit and qualifier.
 */
record CubeDataSet(Node iri, String id, List<Node> dimensions, Node measure, List<Observation> observations) {

    record Observation(Node iri, String period, String periodStart, Map<Node, Node> codes, double value,
            String lexicalValue, Node unit, Optional<Node> qualifier, Optional<String> quote, List<Node> sources) {

        /** The value along {@code dimension}: the period as a literal, a code otherwise. */
        Optional<String> key(Node dimension) {
            if (dimension.equals(GKG.period)) return Optional.of(period);
            return Optional.ofNullable(codes.get(dimension)).map(Node::getURI);
        }
    }

    static String idOf(Node iri) {
        return iri.getURI().substring((Namespaces.RES + "dataset/").length());
    }

    static List<Node> all(GraphReader labels) {
        List<Node> sets = labels.subjects(RDF.Nodes.type, Std.QB_DATA_SET);
        sets.sort(Comparator.comparing(Node::getURI));
        return sets;
    }

    static CubeDataSet read(GraphReader labels, Node iri) {
        Node structure = labels.object(iri, Std.QB_STRUCTURE).orElseThrow(
                () -> new IllegalStateException("Data set " + iri.getURI() + " has no qb:structure"));
        record Component(Node property, int order) {}
        List<Component> dimensions = new ArrayList<>();
        Node measure = null;
        for (Node component : labels.objects(structure, Std.QB_COMPONENT)) {
            int order = labels.literal(component, Std.QB_ORDER).map(Integer::parseInt).orElse(Integer.MAX_VALUE);
            Optional<Node> dimension = labels.object(component, Std.QB_DIMENSION);
            if (dimension.isPresent()) dimensions.add(new Component(dimension.get(), order));
            Optional<Node> m = labels.object(component, Std.QB_MEASURE);
            // with a measure dimension (qb:measureType) there are several; the first names the data set's values
            if (m.isPresent() && measure == null) measure = m.get();
        }
        if (measure == null) throw new IllegalStateException("Data set " + iri.getURI() + " has no measure");
        dimensions.sort(Comparator.comparingInt(Component::order));
        List<Node> dims = dimensions.stream().map(Component::property).toList();

        List<Observation> observations = new ArrayList<>();
        for (Node obs : labels.subjects(Std.QB_DATA_SET_PROP, iri)) {
            // every observation carries its value on the common measure too, whichever measure its own is
            Optional<Node> value = labels.object(obs, Std.SDMX_OBS_VALUE);
            if (value.isEmpty() || !value.get().isLiteral()) continue;
            Map<Node, Node> codes = new LinkedHashMap<>();
            for (Node d : dims) {
                if (!d.equals(GKG.period)) labels.object(obs, d).ifPresent(code -> codes.put(d, code));
            }
            List<Node> sources = labels.objects(obs, Std.PROV_WAS_DERIVED_FROM);
            sources.sort(Comparator.comparing(Node::getURI));
            String lexical = value.get().getLiteralLexicalForm();
            observations.add(new Observation(obs, labels.literal(obs, GKG.period).orElse(""),
                    labels.literal(obs, GKG.periodStart).orElse(""), codes, Double.parseDouble(lexical), lexical,
                    labels.object(obs, Std.SDMX_UNIT_MEASURE).orElse(null), labels.object(obs, GKG.qualifier),
                    labels.literal(obs, GKG.quote), List.copyOf(sources)));
        }
        observations.sort(Comparator.comparing(Observation::periodStart).thenComparing(o -> o.iri().getURI()));
        return new CubeDataSet(iri, idOf(iri), dims, measure, List.copyOf(observations));
    }
}
