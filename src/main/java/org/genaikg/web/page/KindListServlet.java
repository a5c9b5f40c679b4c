package org.genaikg.web.page;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.jena.graph.Node;

import org.genaikg.dataset.Bilingual;
import org.genaikg.dataset.GraphReader;
import org.genaikg.dataset.ReadModel;
import org.genaikg.dataset.TermWords;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Kind;
import org.genaikg.web.html.Html;
import org.genaikg.web.html.HtmlWriter;
import org.genaikg.web.html.Layout;
import org.genaikg.web.html.Responses;
import org.genaikg.web.html.Url;

/**
 * {@code /list/{kind}}: every resource of one kind as a table with the columns that kind needs — a policy's
 * jurisdiction, issuer, date and type; a model's developer, country and date; an event's date, kind and place —
 * each linking to its page, sorted by any column with {@code ?sort=COLUMN} (a link in its heading; {@code -COLUMN}
 * sorts the other way). Dates sort as the report states them (a year before its months); empty cells come last.
 */
public final class KindListServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Html STYLE = Layout.style("table.list th a{color:inherit}table.list th a.sorted{text-decoration:none}"
            + ".muted{color:var(--muted)}");

    /** One column: what it is called, and the values of a row in it (resources, or literals such as dates). */
    private record Column(String key, String en, String zh, BiFunction<GraphReader, Node, List<Node>> values) {}

    private final transient ReadModel model;
    private final transient ValueView view;
    private final transient Layout layout;

    public KindListServlet(ReadModel model, Layout layout) {
        this.model = model;
        this.view = new ValueView(model.labels(), new Links(model.labels()));
        this.layout = layout;
    }

    static Url href(Kind kind) {
        return Url.local("/list/" + kind.segment());
    }

    private List<Column> columns(Kind kind) {
        Column type = new Column("type", "type", "类型", (read, node) -> model.labels().types(node).stream().limit(1).toList());
        Column date = new Column("date", "date", "日期", (read, node) -> read.objects(node, dateOf(kind)));
        return switch (kind) {
            case POLICY -> List.of(property("jurisdiction", "jurisdiction", "法域", GKG.jurisdiction),
                    property("issuer", "issued by", "发布单位", GKG.issuedBy), date, type);
            case MODEL -> List.of(property("developer", "developer", "研发者", GKG.developer),
                    property("country", "country", "国家", GKG.country), date, type);
            case EVENT -> List.of(date, new Column("kind", "kind", "类型", type.values()),
                    property("place", "place", "地点", GKG.place));
            case ORGANIZATION -> List.of(property("country", "country", "国家", GKG.country), type);
            case AGENCY -> List.of(property("jurisdiction", "jurisdiction", "法域", GKG.jurisdiction), type);
            case PERSON -> List.of(property("affiliation", "affiliation", "所属机构",
                    org.apache.jena.vocabulary.SchemaDO.affiliation.asNode()), type);
            default -> List.of(type);
        };
    }

    private static Node dateOf(Kind kind) {
        return switch (kind) {
            case POLICY -> GKG.issued;
            case MODEL -> GKG.released;
            default -> GKG.date;
        };
    }

    private static Column property(String key, String en, String zh, Node property) {
        return new Column(key, en, zh, (read, node) -> read.objects(node, property));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String segment = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        Optional<Kind> kind = Kind.ofSegment(segment).filter(Kind::isListed);
        if (kind.isEmpty()) {
            HtmlWriter w = new HtmlWriter().element("h1", "No such list").newline()
                    .open("p").text("There is no list of ").element("code", segment).text(". The lists are:").close("p")
                    .newline().open("ul");
            for (Kind k : Kind.values()) if (k.isListed()) w.open("li").link(href(k), k.listEn()).close("li");
            Responses.page(resp, 404, layout.page("No such list", w.close("ul").toHtml()));
            return;
        }
        String sort = Optional.ofNullable(req.getParameter("sort")).orElse("name");
        Responses.page(resp, 200, model.read(read -> render(read, kind.get(), sort)));
    }

    private Html render(GraphReader read, Kind kind, String sortParameter) {
        List<Column> columns = columns(kind);
        boolean descending = sortParameter.startsWith("-");
        String sortKey = descending ? sortParameter.substring(1) : sortParameter;
        if (!sortKey.equals("name") && !sortKey.equals("en") && columns.stream().noneMatch(c -> c.key().equals(sortKey))) {
            return render(read, kind, "name");
        }
        List<Node> resources = new ArrayList<>(model.kinds().resources(kind));
        Comparator<String> emptyLast = (a, b) -> a.isEmpty() == b.isEmpty() ? (descending ? b.compareTo(a) : a.compareTo(b))
                : a.isEmpty() ? 1 : -1;
        resources.sort(Comparator.comparing((Node n) -> sortText(read, columns, sortKey, n), emptyLast)
                .thenComparing(Node::getURI));
        HtmlWriter w = new HtmlWriter();
        w.open("h1").text(kind.listEn() + " ").lang("zh", kind.listZh()).close("h1").newline()
                .open("p").text(resources.size() + " in the graph.");
        if (kind == Kind.DATASET) w.text(" See them as charts under ").link(Url.local("/statistics"), "Statistics").text(".");
        if (kind == Kind.EVENT) w.text(" See them by month on the ").link(Url.local("/timeline"), "timeline").text(".");
        w.text(" Sort by any column: its heading is a link.").close("p").newline()
                .open("div", "class", "table-scroll").open("table", "class", "list").newline().open("thead").open("tr");
        heading(w, kind, "name", null, "名称", sortParameter);
        heading(w, kind, "en", "name", null, sortParameter);
        for (Column c : columns) heading(w, kind, c.key(), c.en(), c.zh(), sortParameter);
        w.close("tr").close("thead").newline().open("tbody").newline();
        for (Node node : resources) {
            Bilingual name = model.labels().label(node);
            w.open("tr").open("td", "lang", "zh");
            Links.ownPage(node).ifPresent(w::openLink);
            w.text(name.first(GraphReader.localName(node)));
            if (Links.ownPage(node).isPresent()) w.close("a");
            w.close("td").element("td", name.en() == null ? "" : name.en());
            for (Column c : columns) {
                w.open("td");
                List<Node> values = c.values().apply(read, node);
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) w.text(", ");
                    Node v = values.get(i);
                    // a period (2025-01/2025-06) is not a valid <time> value; days, months and years are
                    if (v.isLiteral() && ValueView.precision(v.getLiteralDatatypeURI()) != null) {
                        w.element("time", v.getLiteralLexicalForm(), "datetime", v.getLiteralLexicalForm());
                    } else if (v.isLiteral()) w.text(v.getLiteralLexicalForm());
                    else if (c.key().equals("type") || c.key().equals("kind")) ValueView.name(w, model.words().label(v), TermWords.shortName(v));
                    else view.resource(w, v);
                }
                w.close("td");
            }
            w.close("tr").newline();
        }
        w.close("tbody").newline().close("table").close("div").newline();
        return layout.page(kind.listEn() + " " + kind.listZh(), STYLE, w.toHtml());
    }

    /**
     * A column heading that sorts by it, named in English, Chinese or both; the column sorted by links to the other
     * direction.
     */
    private static void heading(HtmlWriter w, Kind kind, String key, String en, String zh, String current) {
        boolean sorted = current.equals(key);
        String next = sorted ? "-" + key : key;
        w.open("th", "lang", en == null ? "zh" : null, "aria-sort",
                sorted ? "ascending" : current.equals("-" + key) ? "descending" : null);
        w.openLink(href(kind).with("sort", next), "class", sorted || current.equals("-" + key) ? "sorted" : null);
        if (en != null) w.text(en);
        if (en != null && zh != null) w.text(" ").lang("zh", zh);
        else if (zh != null) w.text(zh);
        if (sorted) w.text(" ▲");
        else if (current.equals("-" + key)) w.text(" ▼");
        w.close("a").close("th");
    }

    /** What a row sorts by in a column: the names or dates it shows there, as text. */
    private String sortText(GraphReader read, List<Column> columns, String key, Node node) {
        Bilingual name = model.labels().label(node);
        if (key.equals("name")) return name.first(GraphReader.localName(node));
        if (key.equals("en")) return name.en() == null ? "" : name.en();
        for (Column c : columns) {
            if (!c.key().equals(key)) continue;
            StringBuilder text = new StringBuilder();
            for (Node v : c.values().apply(read, node)) {
                if (!text.isEmpty()) text.append(", ");
                text.append(v.isLiteral() ? v.getLiteralLexicalForm()
                        : c.key().equals("type") || c.key().equals("kind") ? model.words().label(v).first("")
                        : model.labels().label(v).first(GraphReader.localName(v)));
            }
            return text.toString();
        }
        return "";
    }
}
