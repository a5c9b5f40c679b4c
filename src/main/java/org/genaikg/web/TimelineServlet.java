package org.genaikg.web;

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
import org.apache.jena.sparql.core.DatasetGraph;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Namespaces;
import org.genaikg.vocab.Std;

/**
 * {@code /timeline}: every dated event of the graph (policy issuances, taking effect and releases among them) by
 * month, newest first, each at the precision the report states: a day, a month, a year or a period. A year-only
 * date is listed once under its year, after that year's months, never as if it had a month. Filters are plain GET
 * parameters: {@code kind} (an event class, e.g. {@code Release}) and {@code place} (a place id, e.g.
 * {@code china}; an event matches a place it happened in, or one its subject or participants belong to).
 */
public final class TimelineServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient DatasetGraph dataset;
    private final transient KindIndex index;

    TimelineServlet(DatasetGraph dataset, KindIndex index) {
        this.dataset = dataset;
        this.index = index;
    }

    private record Entry(Node event, Node type, String date, String start, String precision, Node dateBasis,
            Set<String> places) {}

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String kind = Optional.ofNullable(req.getParameter("kind")).orElse("");
        String place = Optional.ofNullable(req.getParameter("place")).orElse("");
        Layout.send(resp, 200, dataset.calculateRead(() -> render(kind, place)));
    }

    private String render(String kindFilter, String placeFilter) {
        Labels labels = new Labels(dataset.getDefaultGraph());
        List<Entry> entries = new ArrayList<>();
        for (Node event : index.resources(Kind.EVENT)) {
            Optional<String> date = labels.literal(event, GKG.date);
            Optional<String> start = labels.literal(event, GKG.startDate);
            if (date.isEmpty() || start.isEmpty()) continue;
            Node type = labels.specificType(event).orElse(GKG.Event);
            String precision = labels.object(event, GKG.datePrecision).map(Labels::localName).orElse("");
            entries.add(new Entry(event, type, date.get(), start.get(), precision,
                    labels.object(event, GKG.dateBasis).orElse(GKG.StatedDate),
                    places(labels, event)));
        }
        Map<String, Node> kinds = new TreeMap<>();
        Map<String, Integer> placeCounts = new TreeMap<>();
        for (Entry e : entries) {
            kinds.put(Labels.localName(e.type()), e.type());
            e.places().forEach(p -> placeCounts.merge(p, 1, Integer::sum));
        }
        StringBuilder html = new StringBuilder();
        html.append("<h1>Timeline <span lang=\"zh\">时间线</span></h1>\n<p>Events, policy issuances, entries into force "
                + "and releases the report dates, newest first, each date at the precision the report gives. "
                + "<span lang=\"zh\">按月排列的事件、政策发布与施行、产品发布；日期精度与报告一致。</span></p>\n");
        List<String> notes = new ArrayList<>();
        if (!kindFilter.isEmpty() && !kinds.containsKey(kindFilter)) {
            notes.add("There is no kind of event '" + kindFilter + "'; showing every kind.");
            kindFilter = "";
        }
        if (!placeFilter.isEmpty() && !placeCounts.containsKey(placeFilter)) {
            notes.add("No dated event is linked to the place '" + placeFilter + "'; showing every place.");
            placeFilter = "";
        }
        filters(html, labels, kinds, placeCounts, kindFilter, placeFilter);
        notes.forEach(n -> html.append("<p class=\"note\">").append(Html.text(n)).append("</p>\n"));

        String kf = kindFilter;
        String pf = placeFilter;
        List<Entry> shown = entries.stream()
                .filter(e -> kf.isEmpty() || Labels.localName(e.type()).equals(kf))
                .filter(e -> pf.isEmpty() || e.places().contains(pf))
                .sorted(Comparator.comparing(Entry::start).reversed().thenComparing(e -> e.event().getURI()))
                .toList();
        html.append("<p>").append(shown.size()).append(" of ").append(entries.size()).append(" dated events.</p>\n");
        Map<String, List<Entry>> groups = new TreeMap<>(Comparator.reverseOrder());
        for (Entry e : shown) groups.computeIfAbsent(groupKey(e), k -> new ArrayList<>()).add(e);
        groups.forEach((key, list) -> {
            html.append("<h2 id=\"m").append(Html.attr(key)).append("\">").append(Html.text(groupTitle(key)))
                    .append("</h2>\n<ol class=\"timeline\">\n");
            for (Entry e : list) entry(html, labels, e);
            html.append("</ol>\n");
        });
        return Layout.page("Timeline 时间线" + (kf.isEmpty() ? "" : ": " + kf) + (pf.isEmpty() ? "" : " in " + pf),
                "<style>ol.timeline{list-style:none;padding:0}ol.timeline li{padding:.35rem 0;border-bottom:1px solid var(--line)}"
                        + ".date{font-variant-numeric:tabular-nums;font-weight:600;display:inline-block;min-width:7.5rem}"
                        + ".kind{display:inline-block;font-size:.85rem;padding:0 .4rem;border-radius:3px;background:var(--soft);"
                        + "margin-right:.3rem}.en{color:var(--muted)}form.filters{display:flex;flex-wrap:wrap;gap:.6rem;"
                        + "align-items:end}form.filters label{display:flex;flex-direction:column;font-size:.9rem}</style>\n",
                html.toString());
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

    private static void entry(StringBuilder html, Labels labels, Entry e) {
        // a period ("2025-01/2025-04") is not a valid <time> value; days, months and years are
        html.append("<li class=\"event\">").append(e.precision().equals("PeriodPrecision")
                ? "<span class=\"date\">" + Html.text(e.date()) + "</span>"
                : "<time class=\"date\">" + Html.text(e.date()) + "</time>");
        // a date the report does not state as such is never shown bare: its basis stands beside it
        if (!e.dateBasis().equals(GKG.StatedDate)) {
            html.append("<span class=\"muted\">(").append(labels.both(e.dateBasis())).append(") </span>");
        }
        html.append("<span class=\"kind\">").append(labels.both(e.type())).append("</span> ").append(labels.link(e.event()));
        List<Node> about = labels.objects(e.event(), GKG.about);
        for (Node a : about) html.append(" → ").append(labels.link(a));
        List<Node> where = labels.objects(e.event(), GKG.place);
        if (!where.isEmpty()) {
            html.append(" <span class=\"muted\">(");
            for (int i = 0; i < where.size(); i++) {
                if (i > 0) html.append(", ");
                html.append(labels.link(where.get(i)));
            }
            html.append(")</span>");
        }
        html.append("</li>\n");
    }

    private static void filters(StringBuilder html, Labels labels, Map<String, Node> kinds, Map<String, Integer> places,
            String kindFilter, String placeFilter) {
        html.append("<form class=\"filters\" method=\"get\" action=\"/timeline\">\n<label>Kind <span lang=\"zh\">类型</span>"
                + "<select name=\"kind\"><option value=\"\">every kind 全部</option>\n");
        kinds.forEach((id, type) -> html.append("<option value=\"").append(Html.attr(id)).append("\"")
                .append(id.equals(kindFilter) ? " selected" : "").append(">").append(Html.text(labels.zh(type)))
                .append(labels.en(type).map(en -> " · " + Html.text(en)).orElse("")).append("</option>\n"));
        html.append("</select></label>\n<label>Country or region <span lang=\"zh\">国家或地区</span><select name=\"place\">"
                + "<option value=\"\">everywhere 全部</option>\n");
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(places.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Integer> p : sorted) {
            Node node = org.apache.jena.graph.NodeFactory.createURI(Namespaces.RES + "place/" + p.getKey());
            html.append("<option value=\"").append(Html.attr(p.getKey())).append("\"")
                    .append(p.getKey().equals(placeFilter) ? " selected" : "").append(">").append(Html.text(labels.zh(node)))
                    .append(labels.en(node).map(en -> " · " + Html.text(en)).orElse("")).append(" (").append(p.getValue())
                    .append(")</option>\n");
        }
        html.append("</select></label>\n<button type=\"submit\">Show 显示</button> <a href=\"/timeline\">clear</a>\n</form>\n");
    }

    /** The ids of the places an event is linked to, with every place they lie within. */
    private static Set<String> places(Labels labels, Node event) {
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
            if (!isPlace(p) || !ids.add(Labels.localName(p))) continue;
            todo.addAll(labels.objects(p, GKG.within));
        }
        return ids;
    }

    private static boolean isPlace(Node node) {
        return node.isURI() && node.getURI().startsWith(Namespaces.RES + "place/");
    }

}
