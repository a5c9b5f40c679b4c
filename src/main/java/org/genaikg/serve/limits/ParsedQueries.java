package org.genaikg.serve.limits;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.query.Query;

/**
 * Parsed queries by their text, so that a query asked again is not parsed again: the graph never changes while it
 * is served, and parsing — lexing the whole text, its comment header included — was a sixth of the server's busy
 * time over the example queries (docs/performance.md). Each use gets a copy of its own, because the guard caps a
 * query by changing it. Bounded: the most recently used entries, of texts up to a size; a text that does not parse is
 * never kept.
 */
public final class ParsedQueries {
    private final int maxChars;
    private final Map<String, Query> recent;

    public ParsedQueries(int maxEntries, int maxChars) {
        this.maxChars = maxChars;
        this.recent = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Query> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The query {@code text} parses to, through {@code parser} the first time. */
    public Query parse(String text, Function<String, Query> parser) {
        if (text.length() > maxChars) return parser.apply(text);
        Query parsed;
        synchronized (recent) {
            parsed = recent.get(text);
        }
        if (parsed == null) {
            parsed = parser.apply(text);
            // fix what a later reader of the shared copy would otherwise compute lazily
            if (parsed.isSelectType()) parsed.setResultVars();
            synchronized (recent) {
                recent.put(text, parsed);
            }
        }
        return parsed.cloneQuery();
    }
}
