package org.genaikg.web.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.genaikg.dataset.Bilingual;
import org.genaikg.web.chart.Chart;
import org.genaikg.web.chart.SvgChart;
import org.genaikg.web.html.Html;
import org.genaikg.web.html.HtmlWriter;
import org.genaikg.web.html.Url;
import org.genaikg.web.page.Links;

/**
 * A SELECT's answer drawn as a bar chart, a line chart, a timeline or a node-link graph, by the same rules as the
 * statistics' charts (one point is a bar, labels wrap, a viewBox, text of 12 units or more). Which columns are
 * drawn is read from the answer: labels from the first column that is not numbers, values from the columns that are;
 * a timeline's dates from the first column of dates; a graph's nodes from the first and last columns of resources,
 * with a column between them naming the edges.
 */
final class AnswerDrawings {
    /** The most rows a drawing shows: more would not be read as a picture. */
    static final int MAX_ROWS = 300;
    /** The most resources a graph shows: its layout costs the square of them, and more would not be read. */
    static final int MAX_NODES = 150;
    private static final double TEXT = 13;
    private static final double LINE = 16;
    private static final String FONT = "system-ui,'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif";

    private AnswerDrawings() {}

    static Html draw(View view, AnswerColumns answer, String title, int width) {
        if (answer.rows().size() > MAX_ROWS) {
            throw new Answers.Refused(413, "The answer has " + answer.rows().size() + " rows; a drawing shows at most "
                    + MAX_ROWS + ". Narrow the query or add a LIMIT.");
        }
        if (answer.rows().isEmpty()) throw new Answers.Refused(422, "The answer has no rows to draw.");
        return switch (view) {
            case BAR -> SvgChart.draw(bars(answer), "answer", title, width);
            case LINE -> SvgChart.draw(lines(answer), "answer", title, width);
            case TIMELINE -> timeline(answer, title, width);
            case GRAPH -> graph(answer, title, width);
        };
    }

    /** One bar per row, labelled by the first column that is not numbers; a bar per numeric column. */
    static Chart bars(AnswerColumns answer) {
        List<Var> values = answer.numeric();
        if (values.isEmpty()) throw new Answers.Refused(422, "A bar chart needs a column of numbers.");
        Var labelBy = answer.labels(List.of());
        List<Bilingual> categories = new ArrayList<>();
        for (Binding row : answer.rows()) {
            categories.add(labelBy == null ? Bilingual.of(String.valueOf(categories.size() + 1), "")
                    : answer.name(row.get(labelBy)));
        }
        List<Chart.Series> series = new ArrayList<>();
        for (Var v : values) {
            series.add(new Chart.Series(AnswerColumns.heading(v),
                    answer.rows().stream().map(r -> AnswerColumns.number(r.get(v))).toList()));
        }
        return new Chart(series.size() > 1 ? Chart.Shape.GROUPED_BARS : Chart.Shape.BARS, categories, series,
                labelBy == null ? Bilingual.of("row", "") : AnswerColumns.heading(labelBy),
                values.size() == 1 ? AnswerColumns.heading(values.get(0)) : Bilingual.of("value", ""), "");
    }

    /**
     * The first column that is not numbers along the axis, in the answer's order (which its ORDER BY decides), a line
     * per numeric column. A series of one point makes the chart bars.
     */
    static Chart lines(AnswerColumns answer) {
        List<Var> values = answer.numeric();
        List<Var> other = answer.other();
        if (values.isEmpty() || other.isEmpty()) {
            throw new Answers.Refused(422, "A line chart needs a column along its axis and a column of numbers.");
        }
        Var x = other.get(0);
        Var by = null;
        List<String> xs = new ArrayList<>();
        Map<String, Bilingual> xNames = new LinkedHashMap<>();
        Map<String, Map<String, Double>> bySeries = new LinkedHashMap<>();
        Map<String, Bilingual> seriesNames = new LinkedHashMap<>();
        for (Binding row : answer.rows()) {
            Node xn = row.get(x);
            String xk = xn == null ? "" : xn.toString();
            if (!xNames.containsKey(xk)) {
                xNames.put(xk, answer.name(xn));
                xs.add(xk);
            }
            for (Var v : values) {
                String sk = by == null ? v.getVarName() : String.valueOf(row.get(by));
                seriesNames.computeIfAbsent(sk, k -> by == null ? AnswerColumns.heading(v) : answer.name(row.get(by)));
                bySeries.computeIfAbsent(sk, k -> new LinkedHashMap<>()).put(xk, AnswerColumns.number(row.get(v)));
                if (by != null) break;
            }
        }
        List<Chart.Series> series = new ArrayList<>();
        bySeries.forEach((k, points) -> series.add(new Chart.Series(seriesNames.get(k),
                xs.stream().map(points::get).toList())));
        boolean lines = series.stream().allMatch(s -> s.values().stream().filter(java.util.Objects::nonNull).count() >= 2);
        Chart.Shape shape = lines ? Chart.Shape.LINES : series.size() > 1 ? Chart.Shape.GROUPED_BARS : Chart.Shape.BARS;
        return new Chart(shape, xs.stream().map(xNames::get).toList(), series, AnswerColumns.heading(x),
                values.size() == 1 ? AnswerColumns.heading(values.get(0)) : Bilingual.of("value", ""), "");
    }

    /** Each row on a time line, oldest first, at the date the answer gives: a dot, the date and the row's name. */
    static Html timeline(AnswerColumns answer, String title, int width) {
        Var date = answer.dates();
        if (date == null) throw new Answers.Refused(422, "A timeline needs a column of dates.");
        Var label = answer.labels(answer.vars().stream().filter(v -> v.equals(date) || isDates(answer, v)).toList());
        record Entry(String date, Bilingual name, Node resource) {}
        List<Entry> entries = new ArrayList<>();
        for (Binding row : answer.rows()) {
            Node d = row.get(date);
            if (d == null) continue;
            Node n = label == null ? null : row.get(label);
            entries.add(new Entry(d.getLiteralLexicalForm(), n == null ? Bilingual.of("", "") : answer.name(n), n));
        }
        entries.sort(Comparator.comparing(Entry::date));
        double dateX = width < SvgChart.WIDE ? 92 : 120;
        double textX = dateX + 22;
        List<List<String>> texts = new ArrayList<>();
        double height = 40 + LINE;
        for (Entry e : entries) {
            List<String> lines = SvgChart.wrap(e.name().joined(), width - textX - 8, TEXT);
            texts.add(lines);
            height += Math.max(1, lines.size()) * LINE + 10;
        }
        HtmlWriter svg = open(title, width, (int) Math.ceil(height));
        text(svg, 8, 20, "start", "700", List.of(AnswerColumns.heading(date).first("") + " · "
                + (label == null ? "" : AnswerColumns.heading(label).first(""))));
        svg.empty("line", "x1", f(dateX + 10), "y1", "32", "x2", f(dateX + 10), "y2", f(height - 8), "stroke", "#9aa5b1")
                .newline();
        double y = 40 + LINE;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            svg.empty("circle", "cx", f(dateX + 10), "cy", f(y - 4), "r", "5", "fill", "#0072B2").newline();
            text(svg, dateX, y, "end", "400", List.of(e.date()));
            Optional<Url> page = e.resource() == null ? Optional.empty() : Links.ownPage(e.resource());
            page.ifPresent(svg::openLink);
            text(svg, textX, y, "start", "400", texts.get(i));
            if (page.isPresent()) svg.close("a");
            y += Math.max(1, texts.get(i).size()) * LINE + 10;
        }
        return svg.close("svg").newline().toHtml();
    }

    /**
     * The resources of the first and last resource columns as nodes, each row an edge between them (named by a
     * column between them, if any), laid out by a few hundred steps of a spring model started from a circle — the
     * same answer always gives the same picture.
     */
    static Html graph(AnswerColumns answer, String title, int width) {
        List<Var> resources = answer.resources();
        if (resources.size() < 2) throw new Answers.Refused(422, "A graph needs two columns of resources.");
        Var from = resources.get(0);
        Var to = resources.get(resources.size() - 1);
        List<Var> between = answer.vars().subList(answer.vars().indexOf(from) + 1, answer.vars().indexOf(to));
        // a column between them names the edges only when it holds properties (resources), not the nodes' names
        Var edgeName = between.stream().filter(resources::contains).findFirst().orElse(null);
        Set<Node> nodeSet = new LinkedHashSet<>();
        record Edge(Node a, Node b, Bilingual name) {}
        List<Edge> edges = new ArrayList<>();
        for (Binding row : answer.rows()) {
            Node a = row.get(from);
            Node b = row.get(to);
            if (a == null || b == null) continue;
            nodeSet.add(a);
            nodeSet.add(b);
            edges.add(new Edge(a, b, edgeName == null || row.get(edgeName) == null ? null : answer.name(row.get(edgeName))));
        }
        if (nodeSet.size() > MAX_NODES) {
            throw new Answers.Refused(413, "The answer links " + nodeSet.size() + " resources; a graph shows at most "
                    + MAX_NODES + ". Narrow the query or add a LIMIT.");
        }
        List<Node> nodes = new ArrayList<>(nodeSet);
        nodes.sort(Comparator.comparing(Node::toString));
        int height = (int) (width * 0.8);
        double[][] at = layout(nodes, edges.stream().map(e -> new int[] {nodes.indexOf(e.a()), nodes.indexOf(e.b())}).toList(),
                width, height);
        HtmlWriter svg = open(title, width, height);
        for (Edge e : edges) {
            double[] a = at[nodes.indexOf(e.a())];
            double[] b = at[nodes.indexOf(e.b())];
            svg.open("line", "x1", f(a[0]), "y1", f(a[1]), "x2", f(b[0]), "y2", f(b[1]), "stroke", "#9aa5b1",
                    "stroke-width", "1.5");
            if (e.name() != null) svg.element("title", e.name().joined());
            svg.close("line").newline();
            if (e.name() != null && edges.size() <= 40) {
                text(svg, (a[0] + b[0]) / 2, (a[1] + b[1]) / 2 - 3, "middle", "400",
                        SvgChart.wrap(e.name().first(""), 120, 12).subList(0, 1), 12, "#5b6570");
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            Optional<Url> page = Links.ownPage(n);
            page.ifPresent(svg::openLink);
            svg.open("circle", "cx", f(at[i][0]), "cy", f(at[i][1]), "r", "6", "fill", "#0072B2")
                    .element("title", answer.name(n).joined()).close("circle").newline();
            text(svg, at[i][0], at[i][1] + 20, "middle", "400", SvgChart.wrap(answer.name(n).first(""), 140, 12), 12, "#1d232a");
            if (page.isPresent()) svg.close("a");
        }
        return svg.close("svg").newline().toHtml();
    }

    /** Fruchterman–Reingold from a circle, in a fixed number of steps: deterministic, kept inside the drawing. */
    private static double[][] layout(List<Node> nodes, List<int[]> edges, int width, int height) {
        int n = nodes.size();
        double[][] at = new double[n][2];
        double cx = width / 2.0;
        double cy = height / 2.0;
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / Math.max(1, n);
            at[i][0] = cx + Math.cos(angle) * width * 0.35;
            at[i][1] = cy + Math.sin(angle) * height * 0.35;
        }
        double k = 0.5 * Math.sqrt((width - 120.0) * (height - 80.0) / Math.max(1, n));
        double temperature = width / 8.0;
        for (int step = 0; step < 300; step++) {
            double[][] move = new double[n][2];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = at[i][0] - at[j][0];
                    double dy = at[i][1] - at[j][1];
                    double d = Math.max(0.01, Math.hypot(dx, dy));
                    double force = k * k / d;
                    move[i][0] += dx / d * force;
                    move[i][1] += dy / d * force;
                    move[j][0] -= dx / d * force;
                    move[j][1] -= dy / d * force;
                }
            }
            for (int[] e : edges) {
                double dx = at[e[0]][0] - at[e[1]][0];
                double dy = at[e[0]][1] - at[e[1]][1];
                double d = Math.max(0.01, Math.hypot(dx, dy));
                double force = d * d / k;
                move[e[0]][0] -= dx / d * force;
                move[e[0]][1] -= dy / d * force;
                move[e[1]][0] += dx / d * force;
                move[e[1]][1] += dy / d * force;
            }
            for (int i = 0; i < n; i++) {
                // a pull to the middle keeps parts of the graph that share no edge from drifting to the corners
                move[i][0] -= (at[i][0] - cx) * 0.6;
                move[i][1] -= (at[i][1] - cy) * 0.6;
                double d = Math.max(0.01, Math.hypot(move[i][0], move[i][1]));
                at[i][0] += move[i][0] / d * Math.min(d, temperature);
                at[i][1] += move[i][1] / d * Math.min(d, temperature);
            }
            temperature *= 0.985;
        }
        // fit the drawing to the canvas, one scale for both axes so that distances keep their meaning
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : at) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double scale = Math.min((width - 180.0) / Math.max(1, maxX - minX), (height - 80.0) / Math.max(1, maxY - minY));
        scale = Math.min(scale, 1.5);
        double offsetX = (width - (maxX - minX) * scale) / 2;
        double offsetY = (height - 20 - (maxY - minY) * scale) / 2;
        for (double[] p : at) {
            p[0] = offsetX + (p[0] - minX) * scale;
            p[1] = offsetY + (p[1] - minY) * scale;
        }
        return at;
    }

    private static boolean isDates(AnswerColumns answer, Var v) {
        return answer.rows().stream().map(r -> r.get(v)).filter(java.util.Objects::nonNull).allMatch(AnswerColumns::isDate);
    }

    private static HtmlWriter open(String title, int width, int height) {
        HtmlWriter svg = new HtmlWriter(8192);
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart answer", "viewBox",
                        "0 0 " + width + " " + height, "role", "img", "aria-labelledby", "answer-title", "font-family", FONT)
                .newline().element("title", title, "id", "answer-title").newline();
        return svg;
    }

    private static void text(HtmlWriter svg, double x, double y, String anchor, String weight, List<String> lines) {
        text(svg, x, y, anchor, weight, lines, TEXT, "#1d232a");
    }

    private static void text(HtmlWriter svg, double x, double y, String anchor, String weight, List<String> lines,
            double size, String fill) {
        SvgChart.lines(svg, x, y, anchor, size, weight, lines, "answer", fill);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
