package org.genaikg.web.chart;

import org.apache.jena.vocabulary.RDFS;
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
import org.genaikg.dataset.Bilingual;
import org.genaikg.dataset.GraphReader;
import org.genaikg.dataset.ReadModel;
import org.genaikg.dataset.ResourceDescription;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Kind;
import org.genaikg.web.html.Html;
import org.genaikg.web.html.HtmlWriter;
import org.genaikg.web.html.Layout;
import org.genaikg.web.html.Responses;
import org.genaikg.web.html.Url;
import org.genaikg.web.page.Links;
import org.genaikg.web.page.SourceBlock;
import org.genaikg.web.page.ValueView;

/**
 * {@code /statistics}: every Data Cube data set of the graph with its unit, period and number of observations;
 * {@code /statistics/{id}}: a data set drawn as SVG charts (one per unit) with the table of values beside each, and
 * the data set's source.
 */
public final class StatisticsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Html STYLE = Layout.style("figure.chart{margin:1rem 0 2rem}figure.chart svg{display:block;"
            + "width:100%;height:auto;max-width:60rem}figure.chart svg.narrow{display:none}"
            + "@media (max-width:40rem){figure.chart svg.wide{display:none}figure.chart svg.narrow{display:block}}"
            + "table.values{font-size:.92rem}figcaption{color:var(--muted);font-size:.9rem}details summary{cursor:pointer;"
            + "color:var(--muted)}blockquote{margin:.2rem 0;padding-left:.8rem;border-left:3px solid var(--line)}"
            + ".en{color:var(--muted)}.source{margin:.6rem 0}.detail{color:var(--muted);font-size:.85rem}"
            + "a.external::after{content:\" \\2197\"}");
    private final transient ReadModel model;
    private final transient ValueView values;
    private final transient SourceBlock sources;
    private final transient Layout layout;

    public StatisticsServlet(ReadModel model, Layout layout) {
        this.model = model;
        this.values = new ValueView(model.labels(), new Links(model.labels()));
        this.sources = new SourceBlock(values);
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (path.equals("/")) {
            Responses.page(resp, 200, model.read(this::index));
            return;
        }
        String id = path.substring(1);
        Node iri = Kind.DATASET.iri(id.matches("[a-z0-9-]+") ? id : "-");
        Optional<Html> page = id.matches("[a-z0-9-]+") ? model.read(read -> dataSetPage(read, iri)) : Optional.empty();
        if (page.isPresent()) {
            Responses.page(resp, 200, page.get());
        } else {
            Responses.page(resp, 404, layout.page("No such data set", new HtmlWriter().element("h1", "No such data set")
                    .newline().open("p").text("There is no data set ").element("code", id).text("; see ")
                    .link(Url.local("/statistics"), "all the data sets").text(".").close("p").toHtml()));
        }
    }

    private Html index(GraphReader read) {
        CubeCharts charts = new CubeCharts(model.labels(), read);
        List<Node> sets = CubeDataSet.all(read);
        HtmlWriter w = new HtmlWriter();
        w.open("h1").text("Statistics ").lang("zh", "统计数据").close("h1").newline()
                .open("p").text(sets.size() + " data sets (RDF Data Cube) with every statistic of the report; each is "
                        + "drawn as a chart with its table and source. ")
                .lang("zh", "报告中的全部统计数据，每个数据集配有图表、数据表和出处。").close("p").newline()
                .open("table").newline().open("thead").open("tr")
                .open("th").text("data set ").lang("zh", "数据集").close("th")
                .open("th").text("unit ").lang("zh", "单位").close("th")
                .open("th").text("period ").lang("zh", "时间").close("th")
                .open("th", "class", "num").text("observations ").lang("zh", "观测值").close("th")
                .close("tr").close("thead").newline().open("tbody").newline();
        for (Node set : sets) {
            CubeDataSet data = CubeDataSet.read(read, set);
            w.open("tr").open("td").openLink(Url.local("/statistics/" + data.id()));
            ValueView.name(w, model.labels().label(set), data.id());
            w.close("a").close("td").element("td", units(charts, data)).element("td", periods(data))
                    .element("td", Integer.toString(data.observations().size()), "class", "num").close("tr").newline();
        }
        w.close("tbody").newline().close("table").newline();
        return layout.page("Statistics 统计数据", STYLE, w.toHtml());
    }

    private Optional<Html> dataSetPage(GraphReader read, Node iri) {
        if (!CubeDataSet.all(read).contains(iri)) return Optional.empty();
        CubeDataSet data = CubeDataSet.read(read, iri);
        CubeCharts charts = new CubeCharts(model.labels(), read);
        Bilingual name = model.labels().label(iri);
        String zh = name.first(data.id());
        HtmlWriter w = new HtmlWriter();
        w.open("p").link(Url.local("/statistics"), "Statistics").text(" ›").close("p").newline()
                .element("h1", zh, "lang", "zh").newline();
        if (name.en() != null) w.element("p", name.en(), "class", "lead").newline();
        w.open("p").text("Unit ").lang("zh", "单位").text(": " + units(charts, data) + " · period ").lang("zh", "时间")
                .text(": " + periods(data) + " · " + data.observations().size() + " observations ")
                .lang("zh", "观测值").text(" · ");
        Links.ownPage(iri).ifPresent(page -> w.link(page, "data set page").text(" · "));
        w.link(Layout.editor(query(iri)), "open in the SPARQL editor").close("p").newline();
        int n = 0;
        for (CubeCharts.Titled titled : charts.charts(data)) {
            n++;
            Chart chart = titled.chart();
            String part = titled.part().zh.isEmpty() ? "" : " — " + titled.part().zh + " " + titled.part().en;
            String chartTitle = zh + " (" + chart.valueAxis().joined() + ")" + part;
            // two drawings of one chart: the page's style shows the one that fits the screen
            w.open("figure", "class", "chart").newline()
                    .html(SvgChart.draw(chart, "chart-" + n, chartTitle, SvgChart.WIDE))
                    .html(SvgChart.draw(chart, "chart-" + n + "-narrow", chartTitle, SvgChart.NARROW))
                    .element("figcaption", chart.valueAxis().joined() + part + " · " + periods(data)).newline()
                    .close("figure").newline();
        }
        table(w, read, data);
        read.literal(iri, RDFS.Nodes.comment).ifPresent(figure -> w.open("p", "class", "source").text("图 Figure: ")
                .lang("zh", figure).close("p").newline());
        sources.full(w, ResourceDescription.of(read.graph(), iri));
        return Optional.of(layout.page(zh + (name.en() == null ? "" : " · " + name.en()), STYLE, w.toHtml()));
    }

    private void table(HtmlWriter w, GraphReader read, CubeDataSet data) {
        // a wide table scrolls on its own on a phone, the page does not
        w.open("div", "class", "table-scroll").open("table", "class", "values").newline().open("thead").open("tr");
        for (Node d : data.dimensions()) {
            w.open("th");
            if (d.equals(GKG.period)) w.text("period ").lang("zh", "时间");
            else ValueView.name(w, model.labels().label(d), GraphReader.localName(d));
            w.close("th");
        }
        w.open("th", "class", "num").text("value ").lang("zh", "数值").close("th")
                .open("th").text("source ").lang("zh", "出处").close("th").close("tr").close("thead").newline()
                .open("tbody").newline();
        for (CubeDataSet.Observation o : data.observations()) {
            w.open("tr");
            for (Node d : data.dimensions()) {
                w.open("td");
                if (d.equals(GKG.period)) {
                    w.text(o.period());
                } else {
                    Node code = o.codes().get(d);
                    if (code != null) values.named(w, code);
                }
                w.close("td");
            }
            w.open("td", "class", "num");
            values.resource(w, o.iri(), CubeCharts.qualifier(o) + o.lexicalValue());
            if (o.unit() != null) {
                w.text(" " + read.literal(o.unit(), GKG.symbol)
                        .orElseGet(() -> model.labels().label(o.unit()).first(GraphReader.localName(o.unit()))));
            }
            w.close("td").open("td");
            sources.brief(w, read, o.sources(), o.quote());
            w.close("td").close("tr").newline();
        }
        w.close("tbody").newline().close("table").close("div").newline();
    }

    private static String units(CubeCharts charts, CubeDataSet data) {
        Set<String> units = new LinkedHashSet<>();
        for (CubeDataSet.Observation o : data.observations()) {
            if (o.unit() != null) units.add(charts.unitLabel(o.unit()).joined());
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
