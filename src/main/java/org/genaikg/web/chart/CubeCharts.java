package org.genaikg.web.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SKOS;
import org.genaikg.dataset.Bilingual;
import org.genaikg.dataset.GraphReader;
import org.genaikg.dataset.LabelIndex;
import org.genaikg.vocab.GKG;
import org.genaikg.web.page.ValueView;

/**
 * Chooses the charts for a data set, so that none misleads:
 * <ul>
 * <li>values in different units never share an axis, and neither do levels and changes (an increase over a period,
 *     or a code that is the change of another): one chart for each;</li>
 * <li>a total is drawn apart from its parts (a code others are narrower than, a place others lie within);</li>
 * <li>a line joins points over time only where every series has two or more; otherwise the periods are bars;</li>
 * <li>categories keep their code list's order (age groups by age); other categories go largest first;</li>
 * <li>a qualified value carries its qualifier on its mark ("≈ 40", "> 31").</li>
 * </ul>
 * Within a chart, the dimensions whose value varies decide the shape: the period alone, or the period and one other
 * dimension, give lines over time; two give grouped bars; one or more than two give bars labelled with every
 * varying value.
 */
final class CubeCharts {
    private static final Node UNITLESS = NodeFactory.createURI("urn:unitless");

    private final LabelIndex labels;
    private final GraphReader read;

    CubeCharts(LabelIndex labels, GraphReader read) {
        this.labels = labels;
        this.read = read;
    }

    /** A chart, the unit of its values, what it shows (levels, changes, or the totals of the levels), and from what. */
    record Titled(Chart chart, Node unit, Part part, List<CubeDataSet.Observation> observations) {}

    enum Part {
        LEVELS("", ""), CHANGES("变化量", "changes"), TOTALS("合计", "totals");

        final String zh;
        final String en;

        Part(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }
    }

    List<Titled> charts(CubeDataSet data) {
        Map<String, List<CubeDataSet.Observation>> groups = new LinkedHashMap<>();
        Map<String, Node> units = new LinkedHashMap<>();
        for (CubeDataSet.Observation o : data.observations()) {
            Node unit = o.unit() == null ? UNITLESS : o.unit();
            String key = unit.getURI() + (isChange(o) ? "\nchange" : "");
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
            units.put(key, unit);
        }
        List<Titled> charts = new ArrayList<>();
        groups.forEach((key, observations) -> {
            Node unit = units.get(key);
            if (key.endsWith("\nchange")) {
                charts.add(new Titled(chart(data.dimensions(), observations, unit), unit, Part.CHANGES, observations));
                return;
            }
            List<CubeDataSet.Observation> totals = totals(data.dimensions(), observations);
            List<CubeDataSet.Observation> parts = new ArrayList<>(observations);
            parts.removeAll(totals);
            if (!parts.isEmpty()) charts.add(new Titled(chart(data.dimensions(), parts, unit), unit, Part.LEVELS, parts));
            if (!totals.isEmpty()) charts.add(new Titled(chart(data.dimensions(), totals, unit), unit, Part.TOTALS, totals));
        });
        return charts;
    }

    /** A change: over a period (2024-12/2025-06), or of an indicator that is the change of another. */
    boolean isChange(CubeDataSet.Observation o) {
        if (o.period().contains("/")) return true;
        for (Node code : o.codes().values()) if (read.object(code, GKG.changeOf).isPresent()) return true;
        return false;
    }

    /**
     * The observations whose value along some dimension takes in another's: a code that others are narrower than, a
     * place that others lie within. Drawn beside their parts, they would double the parts' length.
     */
    List<CubeDataSet.Observation> totals(List<Node> dimensions, List<CubeDataSet.Observation> observations) {
        List<CubeDataSet.Observation> totals = new ArrayList<>();
        for (CubeDataSet.Observation o : observations) {
            for (Node d : dimensions) {
                Node value = o.codes().get(d);
                if (value == null) continue;
                boolean takesIn = observations.stream().anyMatch(other -> other != o
                        && other.codes().get(d) != null && isWithin(other.codes().get(d), value));
                if (takesIn) {
                    totals.add(o);
                    break;
                }
            }
        }
        return totals.size() == observations.size() ? List.of() : totals;
    }

    /** Whether {@code part} is narrower than or lies within {@code whole}, at any depth. */
    boolean isWithin(Node part, Node whole) {
        Set<Node> seen = new HashSet<>();
        List<Node> todo = new ArrayList<>(List.of(part));
        while (!todo.isEmpty()) {
            Node n = todo.remove(todo.size() - 1);
            if (!seen.add(n)) continue;
            for (Node up : read.objects(n, SKOS.broader.asNode())) {
                if (up.equals(whole)) return true;
                todo.add(up);
            }
            for (Node up : read.objects(n, GKG.within)) {
                if (up.equals(whole)) return true;
                todo.add(up);
            }
        }
        return false;
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
            Map<String, Map<String, CubeDataSet.Observation>> bySeries = new LinkedHashMap<>();
            Map<String, Bilingual> seriesNames = new LinkedHashMap<>();
            for (CubeDataSet.Observation o : ordered(observations, others)) {
                String key = others.isEmpty() ? "" : o.key(others.get(0)).orElse("");
                seriesNames.computeIfAbsent(key, k -> others.isEmpty() ? valueAxis : code(o, others.get(0)));
                bySeries.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(o.period(), o);
            }
            // a line needs two points in every series; a single point over time is a bar
            if (bySeries.values().stream().allMatch(points -> points.size() >= 2)) {
                List<Chart.Series> series = new ArrayList<>();
                bySeries.forEach((key, points) -> series.add(series(seriesNames.get(key), periods, points, symbol)));
                return new Chart(Chart.Shape.LINES, periods.stream().map(p -> Bilingual.of(p, "")).toList(), series,
                        Bilingual.of("时间", "period"), valueAxis, symbol);
            }
        }
        if (varying.size() == 2) {
            Node group = varying.get(0);
            Node within = varying.get(1);
            List<String> groups = distinct(ordered(observations, List.of(group)), group);
            List<String> seriesKeys = distinct(ordered(observations, List.of(within)), within);
            if (seriesKeys.size() > groups.size()) {
                Node swap = group;
                group = within;
                within = swap;
                List<String> keys = groups;
                groups = seriesKeys;
                seriesKeys = keys;
            }
            Map<String, Bilingual> groupLabels = new LinkedHashMap<>();
            Map<String, Map<String, CubeDataSet.Observation>> cells = new LinkedHashMap<>();
            Map<String, Bilingual> seriesLabels = new LinkedHashMap<>();
            for (CubeDataSet.Observation o : observations) {
                String g = o.key(group).orElse("");
                String s = o.key(within).orElse("");
                groupLabels.putIfAbsent(g, label(o, group));
                seriesLabels.putIfAbsent(s, label(o, within));
                cells.computeIfAbsent(s, k -> new LinkedHashMap<>()).put(g, o);
            }
            List<Chart.Series> series = new ArrayList<>();
            for (String s : seriesKeys) series.add(series(seriesLabels.get(s), groups, cells.get(s), symbol));
            return new Chart(Chart.Shape.GROUPED_BARS, groups.stream().map(groupLabels::get).toList(), series,
                    dimensionLabel(group), valueAxis, symbol);
        }
        // bars: one per observation, labelled by what varies (by everything when nothing does)
        List<Node> labelBy = varying.isEmpty() ? dimensions : varying;
        List<CubeDataSet.Observation> sorted = ordered(observations, labelBy);
        List<Bilingual> categories = new ArrayList<>();
        Map<String, CubeDataSet.Observation> points = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (CubeDataSet.Observation o : sorted) {
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (Node d : labelBy) {
                Bilingual l = label(o, d);
                zh.add(l.first(""));
                en.add(l.en() == null ? l.first("") : l.en());
            }
            categories.add(Bilingual.of(String.join(" · ", zh), String.join(" · ", en)));
            keys.add(o.iri().getURI());
            points.put(o.iri().getURI(), o);
        }
        Bilingual categoryAxis = labelBy.size() == 1 ? dimensionLabel(labelBy.get(0)) : Bilingual.of(
                String.join(" · ", labelBy.stream().map(d -> dimensionLabel(d).first("")).toList()),
                String.join(" · ", labelBy.stream().map(d -> java.util.Objects.requireNonNullElse(
                        dimensionLabel(d).en(), "")).toList()));
        return new Chart(Chart.Shape.BARS, categories, List.of(series(valueAxis, keys, points, symbol)), categoryAxis,
                valueAxis, symbol);
    }

    /** The values at {@code keys}, each with its mark: qualifier, number and unit. */
    private static Chart.Series series(Bilingual name, List<String> keys, Map<String, CubeDataSet.Observation> points,
            String symbol) {
        List<Double> values = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        for (String k : keys) {
            CubeDataSet.Observation o = points.get(k);
            values.add(o == null ? null : o.value());
            marks.add(o == null ? null : qualifier(o) + o.lexicalValue() + symbol);
        }
        return new Chart.Series(name, values, marks);
    }

    static String qualifier(CubeDataSet.Observation o) {
        return o.qualifier().map(ValueView::qualifierMark).orElse("");
    }

    /**
     * The observations in the order of their code lists along {@code dimensions} (age groups by age), the period in
     * time order; where a dimension has no code list order (places, organisations), largest value first.
     */
    List<CubeDataSet.Observation> ordered(List<CubeDataSet.Observation> observations, List<Node> dimensions) {
        List<CubeDataSet.Observation> sorted = new ArrayList<>(observations);
        Comparator<CubeDataSet.Observation> order = null;
        boolean coded = false;
        for (Node d : dimensions) {
            Comparator<CubeDataSet.Observation> next;
            if (d.equals(GKG.period)) {
                next = Comparator.comparing(CubeDataSet.Observation::periodStart);
            } else {
                boolean hasOrder = observations.stream().map(o -> o.codes().get(d))
                        .anyMatch(c -> c != null && listOrder(c).isPresent());
                if (!hasOrder) continue;
                coded = true;
                next = Comparator.comparingInt(o -> Optional.ofNullable(o.codes().get(d)).flatMap(this::listOrder)
                        .orElse(Integer.MAX_VALUE));
            }
            order = order == null ? next : order.thenComparing(next);
        }
        if (!coded) {
            Comparator<CubeDataSet.Observation> byValue = Comparator.comparingDouble(CubeDataSet.Observation::value).reversed();
            order = order == null ? byValue : order.thenComparing(byValue);
        }
        if (order != null) sorted.sort(order);
        return sorted;
    }

    Optional<Integer> listOrder(Node code) {
        return read.literal(code, GKG.listOrder).map(Integer::parseInt);
    }

    private static List<String> distinct(List<CubeDataSet.Observation> observations, Node dimension) {
        Set<String> keys = new LinkedHashSet<>();
        observations.forEach(o -> keys.add(o.key(dimension).orElse("")));
        return List.copyOf(keys);
    }

    private Bilingual label(CubeDataSet.Observation o, Node dimension) {
        return dimension.equals(GKG.period) ? Bilingual.of(o.period(), "") : code(o, dimension);
    }

    private Bilingual code(CubeDataSet.Observation o, Node dimension) {
        Node code = o.codes().get(dimension);
        return code == null ? Bilingual.of("—", "") : name(code);
    }

    Bilingual dimensionLabel(Node dimension) {
        return dimension.equals(GKG.period) ? Bilingual.of("时间", "period") : name(dimension);
    }

    /** The Chinese name (the IRI's last segment when there is none) and the English one. */
    private Bilingual name(Node node) {
        Bilingual label = labels.label(node);
        return Bilingual.of(label.first(GraphReader.localName(node)), label.en());
    }

    Bilingual unitLabel(Node unit) {
        if (unit.getURI().equals(UNITLESS.getURI())) return Bilingual.of("数值", "value");
        String symbol = read.literal(unit, GKG.symbol).orElse("");
        String en = java.util.Objects.requireNonNullElse(labels.label(unit).en(), "");
        return Bilingual.of(name(unit).zh(), en + (symbol.isEmpty() ? "" : " (" + symbol + ")"));
    }
}
