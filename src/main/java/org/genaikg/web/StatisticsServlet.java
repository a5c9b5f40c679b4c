package org.genaikg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Namespaces;

/**
 * {@code /statistics}: every Data Cube data set of the graph with its unit, period and number of observations;
 * {@code /statistics/{id}}: a data set drawn as SVG charts (one per unit) with the table of values beside each, and
 * the data set's source.
 */
public final class StatisticsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String STYLE = "<style>.chart-block{display:flex;flex-wrap:wrap;gap:1rem 1.5rem;align-items:flex-start;"
            + "margin:1rem 0 2rem}.chart-block figure{margin:0;flex:0 1 760px;max-width:100%;overflow-x:auto}"
            + ".chart-block svg{max-width:100%;height:auto}.chart-block table{flex:1 1 22rem;font-size:.92rem}"
            + "figcaption{color:var(--muted);font-size:.9rem}details summary{cursor:pointer;color:var(--muted)}"
            + "dl.source dt{font-weight:600;margin-top:.4rem}dl.source dd{margin-left:1rem}"
            + "blockquote{margin:.2rem 0;padding-left:.8rem;border-left:3px solid var(--line)}.en{color:var(--muted)}</style>\n";

    private final transient DatasetGraph dataset;

    StatisticsServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (path.equals("/")) {
            Layout.send(resp, 200, dataset.calculateRead(this::index));
            return;
        }
        String id = path.substring(1);
        Node iri = org.apache.jena.graph.NodeFactory.createURI(Namespaces.RES + "dataset/" + id);
        Optional<String> page = id.matches("[a-z0-9-]+") ? dataset.calculateRead(() -> dataSetPage(iri)) : Optional.empty();
        if (page.isPresent()) {
            Layout.send(resp, 200, page.get());
        } else {
            Layout.send(resp, 404, Layout.page("No such data set", "<h1>No such data set</h1>\n<p>There is no data set <code>"
                    + Html.text(id) + "</code>; see <a href=\"/statistics\">all the data sets</a>.</p>"));
        }
    }

    private String index() {
        Labels labels = new Labels(dataset.getDefaultGraph());
        CubeCharts charts = new CubeCharts(labels);
        List<Node> sets = CubeDataSet.all(labels);
        StringBuilder html = new StringBuilder();
        html.append("<h1>Statistics <span lang=\"zh\">统计数据</span></h1>\n<p>").append(sets.size())
                .append(" data sets (RDF Data Cube) with every statistic of the report; each is drawn as a chart with "
                        + "its table and source. <span lang=\"zh\">报告中的全部统计数据，每个数据集配有图表、数据表和出处。</span></p>\n")
                .append("<table>\n<thead><tr><th>data set <span lang=\"zh\">数据集</span></th><th>unit <span lang=\"zh\">"
                        + "单位</span></th><th>period <span lang=\"zh\">时间</span></th><th class=\"num\">observations "
                        + "<span lang=\"zh\">观测值</span></th></tr></thead>\n<tbody>\n");
        for (Node set : sets) {
            CubeDataSet data = CubeDataSet.read(labels, set);
            html.append("<tr><td><a href=\"/statistics/").append(Html.attr(data.id())).append("\">")
                    .append(labels.both(set)).append("</a></td><td>").append(units(charts, data)).append("</td><td>")
                    .append(Html.text(periods(data))).append("</td><td class=\"num\">").append(data.observations().size())
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        return Layout.page("Statistics 统计数据", STYLE, html.toString());
    }

    private Optional<String> dataSetPage(Node iri) {
        Labels labels = new Labels(dataset.getDefaultGraph());
        if (!CubeDataSet.all(labels).contains(iri)) return Optional.empty();
        CubeDataSet data = CubeDataSet.read(labels, iri);
        CubeCharts charts = new CubeCharts(labels);
        String title = labels.zh(iri) + labels.en(iri).map(en -> " · " + en).orElse("");
        StringBuilder html = new StringBuilder();
        html.append("<p><a href=\"/statistics\">Statistics</a> ›</p>\n<h1 lang=\"zh\">").append(Html.text(labels.zh(iri)))
                .append("</h1>\n");
        labels.en(iri).ifPresent(en -> html.append("<p class=\"lead\">").append(Html.text(en)).append("</p>\n"));
        html.append("<p>Unit <span lang=\"zh\">单位</span>: ").append(units(charts, data))
                .append(" · period <span lang=\"zh\">时间</span>: ").append(Html.text(periods(data)))
                .append(" · ").append(data.observations().size()).append(" observations <span lang=\"zh\">观测值</span> · ")
                .append("<a href=\"").append(Html.attr(Labels.href(iri))).append("\">data set page</a> · ")
                .append("<a href=\"").append(Html.attr(Layout.editorHref(query(iri)))).append("\">open in the SPARQL editor</a></p>\n");
        int n = 0;
        for (CubeCharts.Titled titled : charts.charts(data)) {
            n++;
            Chart chart = titled.chart();
            String chartTitle = labels.zh(iri) + " (" + chart.valueAxis().joined() + ")";
            html.append("<div class=\"chart-block\">\n<figure>\n")
                    .append(SvgChart.draw(chart, "chart-" + n, chartTitle))
                    .append("<figcaption>").append(Html.text(chart.valueAxis().joined())).append(" · ")
                    .append(Html.text(periods(data))).append("</figcaption>\n</figure>\n");
            table(html, labels, data, titled.unit());
            html.append("</div>\n");
        }
        html.append("<h2>Source <span lang=\"zh\">出处</span></h2>\n").append(new SourceBlock(labels).full(iri));
        return Optional.of(Layout.page(title, STYLE, html.toString()));
    }

    private static void table(StringBuilder html, Labels labels, CubeDataSet data, Node unit) {
        SourceBlock sources = new SourceBlock(labels);
        html.append("<table class=\"values\">\n<thead><tr>");
        for (Node d : data.dimensions()) {
            html.append("<th>").append(d.equals(GKG.period) ? "period <span lang=\"zh\">时间</span>" : labels.both(d)).append("</th>");
        }
        html.append("<th class=\"num\">value <span lang=\"zh\">数值</span></th><th>source <span lang=\"zh\">出处</span></th>"
                + "</tr></thead>\n<tbody>\n");
        for (CubeDataSet.Observation o : data.observations()) {
            if (unit.isURI() && o.unit() != null && !unit.equals(o.unit())) continue;
            if (o.unit() == null && !unit.getURI().equals("urn:unitless")) continue;
            html.append("<tr>");
            for (Node d : data.dimensions()) {
                html.append("<td>");
                if (d.equals(GKG.period)) {
                    html.append(Html.text(o.period()));
                } else {
                    Node code = o.codes().get(d);
                    html.append(code == null ? "" : labels.link(code));
                }
                html.append("</td>");
            }
            html.append("<td class=\"num\"><a href=\"").append(Html.attr(Labels.href(o.iri()))).append("\">")
                    .append(Html.text(qualifierSymbol(o) + o.lexicalValue())).append("</a>")
                    .append(o.unit() == null ? "" : " " + Html.text(labels.literal(o.unit(), GKG.symbol)
                            .orElseGet(() -> labels.zh(o.unit()))))
                    .append("</td><td>").append(sources.brief(o.sources(), o.quote())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static final Map<String, String> QUALIFIERS = Map.of("MoreThan", "> ", "AtLeast", "≥ ", "LessThan", "< ",
            "AtMost", "≤ ", "Approximately", "≈ ", "Estimated", "est. ");

    private static String qualifierSymbol(CubeDataSet.Observation o) {
        return o.qualifier().map(q -> QUALIFIERS.getOrDefault(Labels.localName(q), "")).orElse("");
    }

    private static String units(CubeCharts charts, CubeDataSet data) {
        Set<String> units = new LinkedHashSet<>();
        for (CubeDataSet.Observation o : data.observations()) {
            if (o.unit() != null) units.add(Html.text(charts.unitLabel(o.unit()).joined()));
        }
        return String.join("; ", units);
    }

    /** The periods the observations cover, as the report states them: one, or the earliest and the latest. */
    static String periods(CubeDataSet data) {
        Set<String> periods = new LinkedHashSet<>();
        data.observations().forEach(o -> { if (!o.period().isEmpty()) periods.add(o.period()); });
        if (periods.isEmpty()) return "—";
        List<String> ordered = List.copyOf(periods);
        return ordered.size() == 1 ? ordered.get(0)
                : ordered.get(0) + " … " + ordered.get(ordered.size() - 1) + " (" + ordered.size() + " periods)";
    }

    private static String query(Node iri) {
        return "PREFIX qb: <http://purl.org/linked-data/cube#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?observation ?label ?property ?value WHERE {\n  ?observation qb:dataSet <" + iri.getURI()
                + "> ;\n    rdfs:label ?label ;\n    ?property ?value .\n  FILTER(lang(?label) = \"zh\")\n}\n"
                + "ORDER BY ?observation ?property\n";
    }
}
