package org.genaikg.web.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.genaikg.dataset.Bilingual;
import org.genaikg.dataset.GraphReader;
import org.genaikg.dataset.LabelIndex;
import org.genaikg.vocab.GKG;

/**
 * Chooses the charts for a data set. Values in different units never share an axis, so there is one chart per unit.
 * Within a unit, the dimensions whose value varies decide the shape: the period alone, or the period and one other
 * dimension, give lines over time; one other dimension gives bars; two give grouped bars; more give bars labelled
 * with every varying value.
 */
final class CubeCharts {
    private final LabelIndex labels;
    private final GraphReader read;

    CubeCharts(LabelIndex labels, GraphReader read) {
        this.labels = labels;
        this.read = read;
    }

    record Titled(Chart chart, Node unit) {}

    List<Titled> charts(CubeDataSet data) {
        Map<Node, List<CubeDataSet.Observation>> byUnit = new LinkedHashMap<>();
        for (CubeDataSet.Observation o : data.observations()) {
            Node unit = o.unit() == null ? NodeFactory.createURI("urn:unitless") : o.unit();
            byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(o);
        }
        List<Titled> charts = new ArrayList<>();
        byUnit.forEach((unit, observations) -> charts.add(new Titled(chart(data.dimensions(), observations, unit), unit)));
        return charts;
    }

    private Chart chart(List<Node> dimensions, List<CubeDataSet.Observation> observations, Node unit) {
        List<Node> varying = new ArrayList<>();
        for (Node d : dimensions) {
            Set<String> seen = new LinkedHashSet<>();
            observations.forEach(o -> seen.add(o.key(d).orElse("")));
            if (seen.size() > 1) varying.add(d);
        }
        Bilingual valueAxis = unitLabel(unit);
        String symbol = read.literal(unit, GKG.symbol).orElse("");
        boolean overTime = varying.contains(GKG.period);
        List<Node> others = varying.stream().filter(d -> !d.equals(GKG.period)).toList();

        if (overTime && others.size() <= 1) {
            List<String> periods = distinct(observations, GKG.period);
            Map<String, Map<String, Double>> bySeries = new LinkedHashMap<>();
            Map<String, Bilingual> seriesNames = new LinkedHashMap<>();
            for (CubeDataSet.Observation o : observations) {
                String key = others.isEmpty() ? "" : o.key(others.get(0)).orElse("");
                seriesNames.computeIfAbsent(key, k -> others.isEmpty() ? valueAxis : code(o, others.get(0)));
                bySeries.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(o.period(), o.value());
            }
            List<Chart.Series> series = new ArrayList<>();
            bySeries.forEach((key, values) -> series.add(new Chart.Series(seriesNames.get(key),
                    periods.stream().map(values::get).toList())));
            return new Chart(Chart.Shape.LINES, periods.stream().map(p -> Bilingual.of(p, "")).toList(), series,
                    Bilingual.of("时间", "period"), valueAxis, symbol);
        }
        if (!overTime && others.size() == 2) {
            Node group = others.get(0);
            Node within = others.get(1);
            List<String> groups = distinct(observations, group);
            List<String> seriesKeys = distinct(observations, within);
            if (seriesKeys.size() > groups.size()) {
                Node swap = group;
                group = within;
                within = swap;
                List<String> keys = groups;
                groups = seriesKeys;
                seriesKeys = keys;
            }
            Map<String, Bilingual> groupLabels = new LinkedHashMap<>();
            Map<String, Bilingual> seriesLabels = new LinkedHashMap<>();
            Map<String, Double> cells = new LinkedHashMap<>();
            for (CubeDataSet.Observation o : observations) {
                String g = o.key(group).orElse("");
                String s = o.key(within).orElse("");
                groupLabels.putIfAbsent(g, code(o, group));
                seriesLabels.putIfAbsent(s, code(o, within));
                cells.put(g + "\n" + s, o.value());
            }
            List<Chart.Series> series = new ArrayList<>();
            for (String s : seriesKeys) {
                List<Double> values = new ArrayList<>();
                for (String g : groups) values.add(cells.get(g + "\n" + s));
                series.add(new Chart.Series(seriesLabels.get(s), values));
            }
            return new Chart(Chart.Shape.GROUPED_BARS, groups.stream().map(groupLabels::get).toList(), series,
                    dimensionLabel(group), valueAxis, symbol);
        }
        // bars: one per observation, labelled by what varies (by everything when nothing does), largest first
        List<Node> labelBy = varying.isEmpty() ? dimensions : varying;
        List<CubeDataSet.Observation> sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparingDouble(CubeDataSet.Observation::value).reversed());
        List<Bilingual> categories = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (CubeDataSet.Observation o : sorted) {
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (Node d : labelBy) {
                Bilingual l = d.equals(GKG.period) ? Bilingual.of(o.period(), o.period()) : code(o, d);
                zh.add(l.first(""));
                en.add(l.en() == null ? l.zh() : l.en());
            }
            categories.add(Bilingual.of(String.join(" · ", zh), String.join(" · ", en)));
            values.add(o.value());
        }
        Bilingual categoryAxis = labelBy.size() == 1 ? dimensionLabel(labelBy.get(0)) : Bilingual.of(
                String.join(" · ", labelBy.stream().map(d -> dimensionLabel(d).zh()).toList()),
                String.join(" · ", labelBy.stream().map(d -> java.util.Objects.requireNonNullElse(dimensionLabel(d).en(), "")).toList()));
        return new Chart(Chart.Shape.BARS, categories, List.of(new Chart.Series(valueAxis, values)), categoryAxis,
                valueAxis, symbol);
    }

    private static List<String> distinct(List<CubeDataSet.Observation> observations, Node dimension) {
        Set<String> keys = new LinkedHashSet<>();
        observations.forEach(o -> keys.add(o.key(dimension).orElse("")));
        return List.copyOf(keys);
    }

    private Bilingual code(CubeDataSet.Observation o, Node dimension) {
        Node code = o.codes().get(dimension);
        return code == null ? Bilingual.of("—", "") : name(code);
    }

    Bilingual dimensionLabel(Node dimension) {
        return name(dimension);
    }

    /** The Chinese name (the IRI's last segment when there is none) and the English one. */
    private Bilingual name(Node node) {
        Bilingual label = labels.label(node);
        return Bilingual.of(label.first(GraphReader.localName(node)), label.en());
    }

    Bilingual unitLabel(Node unit) {
        if (unit.getURI().equals("urn:unitless")) return Bilingual.of("数值", "value");
        String symbol = read.literal(unit, GKG.symbol).orElse("");
        String en = java.util.Objects.requireNonNullElse(labels.label(unit).en(), "");
        return Bilingual.of(name(unit).zh(), en + (symbol.isEmpty() ? "" : " (" + symbol + ")"));
    }
}
