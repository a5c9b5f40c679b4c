package org.genaikg.web.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.genaikg.dataset.Bilingual;
import org.genaikg.dataset.LabelIndex;
import org.genaikg.dataset.LabelTextIndex;

/**
 * Finds resources by any of their names — label, preferred and alternative label, title, notation, or the id in
 * their IRI — in Chinese or English, ignoring case, white space and bracket or quotation punctuation. Ranked: a
 * name equal to the query first, then a name that starts with it, then one that contains it; among equals, the
 * resource whose own id matches better, then the one whose matching name is shorter (closer to the query), then
 * the better-connected one. Built once from the served graph.
 */
public final class SearchIndex {
    /** The longest query accepted, in characters. */
    public static final int MAX_QUERY_LENGTH = 200;
    /** The properties whose values are names, the same the SPARQL text index covers. */
    static final List<Node> NAME_PROPERTIES = LabelTextIndex.NAME_PROPERTIES;

    /** How a hit matched: the order is the ranking. */
    public enum Match { EXACT, PREFIX, SUBSTRING, NONE }

    /** One found resource, with its names and types for display. */
    public record Hit(Node resource, Match match, Bilingual label, List<Node> types) {}

    private record Entry(Node resource, String[] keys, String id, int links) {}

    private final List<Entry> entries;
    private final LabelIndex labels;

    private SearchIndex(List<Entry> entries, LabelIndex labels) {
        this.entries = entries;
        this.labels = labels;
    }

    /** Indexes every named resource of {@code graph}; the caller holds a read transaction if the graph needs one. */
    public static SearchIndex of(Graph graph, LabelIndex labels) {
        Map<Node, Set<String>> keys = new HashMap<>();
        for (Node p : NAME_PROPERTIES) {
            graph.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral() && t.getSubject().isURI()) {
                    String key = SearchKey.of(t.getObject().getLiteralLexicalForm());
                    if (!key.isEmpty()) keys.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(key);
                }
            });
        }
        List<Entry> entries = new ArrayList<>();
        keys.forEach((node, set) -> entries.add(new Entry(node, set.toArray(String[]::new),
                SearchKey.of(localId(node.getURI())), labels.links(node))));
        // a fixed order makes equal-ranked hits come back the same way every time
        entries.sort(Comparator.comparing(e -> e.resource().getURI()));
        return new SearchIndex(List.copyOf(entries), labels);
    }

    /**
     * The best {@code limit} hits for {@code query}; {@code query} must be non-blank and at most
     * {@link #MAX_QUERY_LENGTH} characters (callers answer 400 otherwise).
     */
    public List<Hit> search(String query, int limit) {
        String q = SearchKey.of(query);
        if (q.isEmpty()) return List.of();
        record Scored(Entry entry, Match match, Match idMatch, int length) {}
        List<Scored> found = new ArrayList<>();
        for (Entry e : entries) {
            Match best = match(e.id(), q);
            Match idMatch = best;
            int length = best == Match.NONE ? Integer.MAX_VALUE : e.id().length();
            for (String key : e.keys()) {
                Match m = match(key, q);
                if (m.ordinal() < best.ordinal() || m == best && m != Match.NONE && key.length() < length) {
                    best = m;
                    length = key.length();
                }
            }
            if (best != Match.NONE) found.add(new Scored(e, best, idMatch, length));
        }
        found.sort(Comparator.comparing(Scored::match).thenComparing(Scored::idMatch)
                .thenComparingInt(Scored::length).thenComparing(s -> -s.entry().links()));
        List<Hit> hits = new ArrayList<>();
        for (Scored s : found.subList(0, Math.min(limit, found.size()))) {
            Node n = s.entry().resource();
            hits.add(new Hit(n, s.match(), labels.label(n), labels.types(n)));
        }
        return hits;
    }

    /** Whether {@code query} can be searched for: not blank once punctuation is ignored, and not too long. */
    public static String problem(String query) {
        if (query == null || query.isBlank()) return "Give a name to search for: /search?q=NAME (Chinese or English).";
        if (query.length() > MAX_QUERY_LENGTH) {
            return "The search text is " + query.length() + " characters long; at most " + MAX_QUERY_LENGTH
                    + " are accepted.";
        }
        if (SearchKey.of(query).isEmpty()) return "The search text '" + query + "' has only punctuation; give a name.";
        return null;
    }

    private static Match match(String key, String q) {
        if (key.equals(q)) return Match.EXACT;
        if (key.startsWith(q)) return Match.PREFIX;
        if (key.contains(q)) return Match.SUBSTRING;
        return Match.NONE;
    }

    private static String localId(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return iri.substring(cut + 1);
    }
}
