package org.genaikg.web.page;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.genaikg.dataset.TermWords;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Namespaces;
import org.genaikg.vocab.Std;
import org.genaikg.web.html.HtmlWriter;

/**
 * A data set's observations as one table: a row per observation, a column per dimension, then the period, the
 * measured value, the unit and the qualifier, each headed by the component's names.
 */
final class ObservationTable {
    private static final Set<Node> NOT_COLUMNS = Set.of(RDF.Nodes.type, RDFS.Nodes.label, SKOS.prefLabel.asNode(),
            Std.QB_DATA_SET_PROP, Std.PROV_WAS_DERIVED_FROM, DCTerms.source.asNode(), GKG.quote, GKG.dateBasis,
            GKG.periodStart, GKG.periodEnd);

    private final TermWords words;
    private final ValueView values;

    ObservationTable(TermWords words, ValueView values) {
        this.words = words;
        this.values = values;
    }

    void render(HtmlWriter m, Node dataSet, Graph graph) {
        List<Node> observations = new ArrayList<>();
        graph.find(Node.ANY, Std.QB_DATA_SET_PROP, dataSet).forEachRemaining(t -> observations.add(t.getSubject()));
        if (observations.isEmpty()) return;
        observations.sort(Comparator.comparing(Node::getURI));
        Map<Node, Map<Node, List<Node>>> rows = new HashMap<>();
        Set<Node> columns = new LinkedHashSet<>();
        for (Node o : observations) {
            Map<Node, List<Node>> row = new HashMap<>();
            for (Triple t : graph.find(o, Node.ANY, Node.ANY).toList()) {
                row.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
                if (!NOT_COLUMNS.contains(t.getPredicate())) columns.add(t.getPredicate());
            }
            rows.put(o, row);
        }
        List<Node> ordered = new ArrayList<>(columns);
        ordered.sort(Comparator.comparing(ObservationTable::rank).thenComparing(Node::getURI));
        m.open("h2").text("观测值 ").element("span", "Observations", "class", "en").text(" ")
                .element("span", "(" + observations.size() + ")", "class", "count").close("h2").newline()
                .open("table", "class", "grid").newline().open("thead").open("tr");
        for (Node c : ordered) {
            m.open("th");
            ValueView.name(m, words.label(c), TermWords.shortName(c));
            m.close("th");
        }
        m.element("th", "观测 Observation").close("tr").close("thead").newline().open("tbody").newline();
        for (Node o : observations) {
            Map<Node, List<Node>> row = rows.get(o);
            m.open("tr");
            for (Node c : ordered) {
                boolean number = rank(c) == 2;
                m.open("td", "class", number ? "num" : null);
                List<Node> cell = row.getOrDefault(c, List.of());
                for (int i = 0; i < cell.size(); i++) {
                    if (i > 0) m.text("; ");
                    values.value(m, c, cell.get(i), Map.of());
                }
                m.close("td");
            }
            m.open("td");
            values.resource(m, o, "详情 details");
            m.close("td").close("tr").newline();
        }
        m.close("tbody").close("table").newline();
    }

    /** Dimensions first, then the period, the measure, the unit, anything else. */
    private static int rank(Node column) {
        String iri = column.getURI();
        if (iri.startsWith(Namespaces.RES + "dimension/")) return 0;
        if (column.equals(GKG.period)) return 1;
        if (iri.startsWith(Namespaces.RES + "measure/") || column.equals(Std.SDMX_OBS_VALUE)) return 2;
        if (column.equals(Std.SDMX_UNIT_MEASURE)) return 3;
        return 4;
    }
}
