package org.genaikg.web.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.genaikg.dataset.Bilingual;
import org.genaikg.dataset.LabelIndex;
import org.genaikg.dataset.LabelTextIndex;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Kind;
import org.genaikg.web.page.SearchForm;

/**
 * Finds resources by any of their names — label, preferred and alternative label (short names such as US, EU, CAC,
 * 网信办), title, notation, or the id in their IRI — in Chinese or English, ignoring case, white space and bracket
 * or quotation punctuation. A policy is also found by its title after its jurisdiction's name (欧盟人工智能法案, EU
 * Artificial Intelligence Act). A Latin query of three letters or fewer matches only at the start of a word and
 * within it, so {@code CAC} never finds "basi<b>c ac</b>t".
 *
 * <p>Ranked: a name equal to the query first; then the kinds people look for (places, bodies, policies,
 * organisations, people, models, scenarios) before terms, events and sources, and those before the statistics'
 * units, codes and observations ({@link Kind#searchRank()}); then how the query sits in the name (whole words, the
 * name's start, a word's start, anywhere); then the better-connected resource; then the shorter name. Built once from
 * the served graph. A query that finds nothing gets the nearest names instead ({@link #suggest}).
 */
public final class SearchIndex {
    /** The longest query accepted, in characters. */
    public static final int MAX_QUERY_LENGTH = SearchForm.MAX_LENGTH;
    /** The properties whose values are names, the same the SPARQL text index covers. */
    static final List<Node> NAME_PROPERTIES = LabelTextIndex.NAME_PROPERTIES;
    private static final Pattern SHORT_LATIN = Pattern.compile("[a-z0-9]{1,3}");
    /** Ontology terms and other IRIs outside the resource scheme rank with the worth-finding kinds. */
    private static final int OTHER_RANK = 1;

    /** How a hit matched, best first. */
    public enum Match { EXACT, WORDS, PREFIX, WORD_START, SUBSTRING, NONE }

    /** One found resource, with its names and types for display. */
    public record Hit(Node resource, Match match, Bilingual label, List<Node> types) {}

    private record Entry(Node resource, List<SearchKey.Folded> names, String id, int links, int kindRank) {}

    private final List<Entry> entries;
    private final LabelIndex labels;

    private SearchIndex(List<Entry> entries, LabelIndex labels) {
        this.entries = entries;
        this.labels = labels;
    }

    /** Indexes every named resource of {@code graph}; the caller holds a read transaction if the graph needs one. */
    public static SearchIndex of(Graph graph, LabelIndex labels) {
        Map<Node, Map<String, SearchKey.Folded>> names = new HashMap<>();
        Map<Node, List<String>> zhNames = new HashMap<>();
        Map<Node, List<String>> enNames = new HashMap<>();
        for (Node p : NAME_PROPERTIES) {
            graph.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                if (!t.getObject().isLiteral() || !t.getSubject().isURI()) return;
                String text = t.getObject().getLiteralLexicalForm();
                add(names, t.getSubject(), text);
                String lang = t.getObject().getLiteralLanguage();
                if (lang.startsWith("zh")) zhNames.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(text);
                if (lang.startsWith("en")) enNames.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(text);
            });
        }
        // a policy's title after its jurisdiction's name: 欧盟 + 人工智能法案, EU + Artificial Intelligence Act
        graph.find(Node.ANY, GKG.jurisdiction, Node.ANY).forEachRemaining(t -> {
            if (!t.getSubject().isURI() || !t.getSubject().getURI().startsWith(Kind.POLICY.namespace())) return;
            for (String place : zhNames.getOrDefault(t.getObject(), List.of())) {
                for (String title : zhNames.getOrDefault(t.getSubject(), List.of())) add(names, t.getSubject(), place + title);
            }
            for (String place : enNames.getOrDefault(t.getObject(), List.of())) {
                for (String title : enNames.getOrDefault(t.getSubject(), List.of())) {
                    add(names, t.getSubject(), place + " " + title);
                }
            }
        });
        List<Entry> entries = new ArrayList<>();
        names.forEach((node, folded) -> entries.add(new Entry(node, List.copyOf(folded.values()),
                SearchKey.of(localId(node.getURI())), labels.links(node),
                Kind.of(node.getURI()).map(Kind::searchRank).orElse(OTHER_RANK))));
        // a fixed order makes equal-ranked hits come back the same way every time
        entries.sort(Comparator.comparing(e -> e.resource().getURI()));
        return new SearchIndex(List.copyOf(entries), labels);
    }

    private static void add(Map<Node, Map<String, SearchKey.Folded>> names, Node node, String text) {
        SearchKey.Folded folded = SearchKey.fold(text);
        if (!folded.key().isEmpty()) names.computeIfAbsent(node, k -> new LinkedHashMap<>()).putIfAbsent(folded.key(), folded);
    }

    /**
     * The best {@code limit} hits for {@code query}; {@code query} must be non-blank and at most
     * {@link #MAX_QUERY_LENGTH} characters (callers answer 400 otherwise).
     */
    public List<Hit> search(String query, int limit) {
        String q = SearchKey.of(query);
        if (q.isEmpty()) return List.of();
        boolean shortLatin = SHORT_LATIN.matcher(q).matches();
        record Scored(Entry entry, Match match, int length) {}
        List<Scored> found = new ArrayList<>();
        for (Entry e : entries) {
            Match best = e.id().equals(q) ? Match.EXACT : Match.NONE;
            int length = best == Match.NONE ? Integer.MAX_VALUE : e.id().length();
            for (SearchKey.Folded name : e.names()) {
                Match m = match(name, q, shortLatin);
                if (m.ordinal() < best.ordinal() || m == best && m != Match.NONE && name.key().length() < length) {
                    best = m;
                    length = name.key().length();
                }
            }
            if (best != Match.NONE) found.add(new Scored(e, best, length));
        }
        found.sort(Comparator.comparing((Scored s) -> s.match() != Match.EXACT)
                .thenComparingInt(s -> s.entry().kindRank())
                .thenComparing(Scored::match)
                .thenComparing(s -> -s.entry().links())
                .thenComparingInt(Scored::length));
        List<Hit> hits = new ArrayList<>();
        for (Scored s : found.subList(0, Math.min(limit, found.size()))) hits.add(hit(s.entry(), s.match()));
        return hits;
    }

    /**
     * The resources whose names are nearest to {@code query} by edit distance on the folded names (so case, spaces,
     * 《》 and quotes do not count): at most one edit for a query of up to five characters, two up to ten, three
     * beyond. For a query that finds nothing, such as {@code deepseekk}.
     */
    public List<Hit> suggest(String query, int limit) {
        String q = SearchKey.of(query);
        if (q.isEmpty()) return List.of();
        int allowed = q.length() <= 5 ? 1 : q.length() <= 10 ? 2 : 3;
        record Near(Entry entry, int distance) {}
        List<Near> near = new ArrayList<>();
        for (Entry e : entries) {
            int best = Math.abs(e.id().length() - q.length()) > allowed ? Integer.MAX_VALUE : distance(q, e.id(), allowed);
            for (SearchKey.Folded name : e.names()) {
                String key = name.key();
                if (Math.abs(key.length() - q.length()) > allowed) continue;
                best = Math.min(best, distance(q, key, allowed));
            }
            if (best <= allowed) near.add(new Near(e, best));
        }
        near.sort(Comparator.comparingInt(Near::distance).thenComparingInt(n -> n.entry().kindRank())
                .thenComparing(n -> -n.entry().links()));
        List<Hit> hits = new ArrayList<>();
        for (Near n : near.subList(0, Math.min(limit, near.size()))) hits.add(hit(n.entry(), Match.NONE));
        return hits;
    }

    private Hit hit(Entry entry, Match match) {
        Node n = entry.resource();
        return new Hit(n, match, labels.label(n), labels.types(n));
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

    /** The best way {@code q} sits in {@code name}; a short Latin query only at a word's start and within it. */
    static Match match(SearchKey.Folded name, String q, boolean shortLatin) {
        String key = name.key();
        if (key.equals(q)) return Match.EXACT;
        Match best = Match.NONE;
        for (int at = key.indexOf(q); at >= 0; at = key.indexOf(q, at + 1)) {
            int end = at + q.length();
            Match m;
            if (name.isWords(at, end)) m = Match.WORDS;
            else if (at == 0) m = Match.PREFIX;
            else if (name.startsWord(at)) m = Match.WORD_START;
            else m = Match.SUBSTRING;
            if (shortLatin && (m == Match.SUBSTRING || name.crossesWords(at, end))) continue;
            if (m.ordinal() < best.ordinal()) best = m;
            if (best == Match.WORDS) break;
        }
        return best;
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it must exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) return limit + 1;
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String localId(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return iri.substring(cut + 1);
    }
}
