package org.genaikg.web.page;

import org.apache.jena.vocabulary.RDF;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.genaikg.dataset.Bilingual;
import org.genaikg.dataset.GraphReader;
import org.genaikg.dataset.ReadModel;
import org.genaikg.dataset.SpecificTypes;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Kind;
import org.genaikg.web.html.Html;
import org.genaikg.web.html.HtmlWriter;
import org.genaikg.web.html.Layout;
import org.genaikg.web.html.Responses;
import org.genaikg.web.html.Url;

/**
 * {@code /timeline}: every dated event of the graph (policy issuances, taking effect and releases among them) by
 * month, newest first, each at the precision the report states: a day, a month, a year or a period. A year-only
 * date is listed once under its year, after that year's months, never as if it had a month. Filters are plain GET
 * parameters: {@code kind} (an event class, e.g. {@code Release}) and {@code place} (a place id, e.g.
 * {@code china}; an event matches a place it happened in, or one its subject or participants belong to).
 */
public final class TimelineServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Html STYLE = Layout.style("ol.timeline{list-style:none;padding:0}"
            + "ol.timeline li{padding:.35rem 0;border-bottom:1px solid var(--line)}"
            + ".date{font-variant-numeric:tabular-nums;font-weight:600;display:inline-block;min-width:7.5rem}"
            + ".kind{display:inline-block;font-size:.85rem;padding:0 .4rem;border-radius:3px;background:var(--soft);"
            + "margin-right:.3rem}.en{color:var(--muted)}form.filters{display:flex;flex-wrap:wrap;gap:.6rem;"
            + "align-items:end}form.filters label{display:flex;flex-direction:column;font-size:.9rem}");

    private final transient ReadModel model;
    private final transient ValueView values;
    private final transient Layout layout;

    public TimelineServlet(ReadModel model, Layout layout) {
        this.model = model;
        this.values = new ValueView(model.labels(), new Links(model.labels()));
        this.layout = layout;
    }

    private record Entry(Node event, Node type, String date, String start, String precision, Node dateBasis,
            Set<String> places) {}

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String kind = Optional.ofNullable(req.getParameter("kind")).orElse("");
        String place = Optional.ofNullable(req.getParameter("place")).orElse("");
        Responses.page(resp, 200, model.read(read -> render(read, kind, place)));
    }

    private Html render(GraphReader labels, String kindFilter, String placeFilter) {
        List<Entry> entries = new ArrayList<>();
        for (Node event : model.kinds().resources(Kind.EVENT)) {
            Optional<String> date = labels.literal(event, GKG.date);
            Optional<String> start = labels.literal(event, GKG.startDate);
            if (date.isEmpty() || start.isEmpty()) continue;
            Node type = SpecificTypes.of(labels.graph(), labels.objects(event, RDF.Nodes.type)).stream().findFirst()
                    .orElse(GKG.Event);
            String precision = labels.object(event, GKG.datePrecision).map(GraphReader::localName).orElse("");
            entries.add(new Entry(event, type, date.get(), start.get(), precision,
                    labels.object(event, GKG.dateBasis).orElse(GKG.StatedDate),
                    places(labels, event)));
        }
        Map<String, Node> kinds = new TreeMap<>();
        Map<String, Integer> placeCounts = new TreeMap<>();
        for (Entry e : entries) {
            kinds.put(GraphReader.localName(e.type()), e.type());
            e.places().forEach(p -> placeCounts.merge(p, 1, Integer::sum));
        }
        HtmlWriter html = new HtmlWriter();
        html.open("h1").text("Timeline ").lang("zh", "时间线").close("h1").newline()
                .open("p").text("Events, policy issuances, entries into force and releases the report dates, newest "
                        + "first, each date at the precision the report gives. ")
                .lang("zh", "按月排列的事件、政策发布与施行、产品发布；日期精度与报告一致。").close("p").newline();
        List<String> notes = new ArrayList<>();
        if (!kindFilter.isEmpty() && !kinds.containsKey(kindFilter)) {
            notes.add("There is no kind of event '" + kindFilter + "'; showing every kind.");
            kindFilter = "";
        }
        if (!placeFilter.isEmpty() && !placeCounts.containsKey(placeFilter)) {
            notes.add("No dated event is linked to the place '" + placeFilter + "'; showing every place.");
            placeFilter = "";
        }
        filters(html, kinds, placeCounts, kindFilter, placeFilter);
        notes.forEach(n -> html.element("p", n, "class", "note").newline());

        String kf = kindFilter;
        String pf = placeFilter;
        List<Entry> shown = entries.stream()
                .filter(e -> kf.isEmpty() || GraphReader.localName(e.type()).equals(kf))
                .filter(e -> pf.isEmpty() || e.places().contains(pf))
                .sorted(Comparator.comparing(Entry::start).reversed().thenComparing(e -> e.event().getURI()))
                .toList();
        html.element("p", shown.size() + " of " + entries.size() + " dated events.").newline();
        Map<String, List<Entry>> groups = new TreeMap<>(Comparator.reverseOrder());
        for (Entry e : shown) groups.computeIfAbsent(groupKey(e), k -> new ArrayList<>()).add(e);
        groups.forEach((key, list) -> {
            html.element("h2", groupTitle(key), "id", "m" + key).newline().open("ol", "class", "timeline").newline();
            for (Entry e : list) entry(html, labels, e);
            html.close("ol").newline();
        });
        return layout.page("Timeline 时间线" + (kf.isEmpty() ? "" : ": " + kf) + (pf.isEmpty() ? "" : " in " + pf),
                STYLE, html.toHtml());
    }

    /**
     * {@code yyyy-MM} for a day or month, {@code yyyy-00} for a year (sorts after that year's months when newest
     * comes first), the start month for a period.
     */
    private static String groupKey(Entry e) {
        return e.precision().equals("YearPrecision") ? e.start().substring(0, 4) + "-00" : e.start().substring(0, 7);
    }

    private static String groupTitle(String key) {
        return key.endsWith("-00") ? key.substring(0, 4) + " (month not stated 月份未注明)" : key;
    }

    private void entry(HtmlWriter html, GraphReader labels, Entry e) {
        // a period ("2025-01/2025-04") is not a valid <time> value; days, months and years are
        html.open("li", "class", "event")
                .element(e.precision().equals("PeriodPrecision") ? "span" : "time", e.date(), "class", "date");
        // a date the report does not state as such is never shown bare: its basis stands beside it
        if (!e.dateBasis().equals(GKG.StatedDate)) {
            html.open("span", "class", "muted").text("(");
            values.named(html, e.dateBasis());
            html.text(") ").close("span");
        }
        html.open("span", "class", "kind");
        ValueView.name(html, model.labels().label(e.type()), GraphReader.localName(e.type()));
        html.close("span").text(" ");
        values.named(html, e.event());
        for (Node a : labels.objects(e.event(), GKG.about)) {
            html.text(" → ");
            values.named(html, a);
        }
        List<Node> where = labels.objects(e.event(), GKG.place);
        if (!where.isEmpty()) {
            html.text(" ").open("span", "class", "muted").text("(");
            for (int i = 0; i < where.size(); i++) {
                if (i > 0) html.text(", ");
                values.named(html, where.get(i));
            }
            html.text(")").close("span");
        }
        html.close("li").newline();
    }

    private void filters(HtmlWriter html, Map<String, Node> kinds, Map<String, Integer> places,
            String kindFilter, String placeFilter) {
        html.openForm(Url.local("/timeline"), "class", "filters", "method", "get").newline()
                .open("label").text("Kind ").lang("zh", "类型").open("select", "name", "kind")
                .element("option", "every kind 全部", "value", "").newline();
        kinds.forEach((id, type) -> html.element("option", option(model.labels().label(type), GraphReader.localName(type)),
                "value", id, "selected", id.equals(kindFilter) ? "" : null).newline());
        html.close("select").close("label").newline()
                .open("label").text("Country or region ").lang("zh", "国家或地区").open("select", "name", "place")
                .element("option", "everywhere 全部", "value", "").newline();
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(places.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Integer> p : sorted) {
            Node node = Kind.PLACE.iri(p.getKey());
            html.element("option", option(model.labels().label(node), p.getKey()) + " (" + p.getValue() + ")",
                    "value", p.getKey(), "selected", p.getKey().equals(placeFilter) ? "" : null).newline();
        }
        html.close("select").close("label").newline().element("button", "Show 显示", "type", "submit").text(" ")
                .link(Url.local("/timeline"), "clear").newline().close("form").newline();
    }

    /** An option's text: the Chinese name, then the English one. */
    private static String option(Bilingual name, String fallback) {
        return name.first(fallback) + (name.zh() != null && name.en() != null ? " · " + name.en() : "");
    }

    /** The ids of the places an event is linked to, with every place they lie within. */
    private static Set<String> places(GraphReader labels, Node event) {
        Set<Node> direct = new java.util.LinkedHashSet<>(labels.objects(event, GKG.place));
        List<Node> related = new ArrayList<>(labels.objects(event, GKG.about));
        related.addAll(labels.objects(event, GKG.participant));
        for (Node r : related) {
            if (isPlace(r)) direct.add(r);
            for (Node property : List.of(GKG.jurisdiction, GKG.country, GKG.location)) direct.addAll(labels.objects(r, property));
        }
        Set<String> ids = new TreeSet<>();
        List<Node> todo = new ArrayList<>(direct);
        while (!todo.isEmpty()) {
            Node p = todo.remove(todo.size() - 1);
            if (!isPlace(p) || !ids.add(GraphReader.localName(p))) continue;
            todo.addAll(labels.objects(p, GKG.within));
        }
        return ids;
    }

    private static boolean isPlace(Node node) {
        return node.isURI() && node.getURI().startsWith(Kind.PLACE.namespace());
    }

}
