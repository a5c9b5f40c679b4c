package org.genaikg.serve.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The answer cache's key and its least-recently-used eviction by bytes. */
class QueryResultCacheTest {
    private static QueryResultCache.Answer answer(int bytes) {
        byte[] body = new byte[bytes];
        return new QueryResultCache.Answer("text/csv", body, QueryResultCache.etag(body), null);
    }

    @Test
    void everyParameterAndTheAcceptHeaderMakeAKeyOfTheirOwn() {
        String q = "query=ASK%7B%7D";
        List<String> keys = List.of(
                QueryResultCache.key("/kg/sparql", q, null),
                QueryResultCache.key("/kg/sparql", q, "text/csv"),
                QueryResultCache.key("/kg/sparql", q, "application/sparql-results+json"),
                QueryResultCache.key("/kg/query", q, null),
                QueryResultCache.key("/kg/sparql", q + "&callback=evilFn", null),
                QueryResultCache.key("/kg/sparql", q + "&format=json", null),
                QueryResultCache.key("/kg/sparql", q + "&output=csv", null),
                QueryResultCache.key("/kg/sparql", q + "&stylesheet=%2Fx.xsl", null),
                QueryResultCache.key("/kg/sparql", q + "&default-graph-uri=urn%3Ag", null),
                QueryResultCache.key("/kg/sparql", q + "&named-graph-uri=urn%3Ag", null),
                QueryResultCache.key("/kg/sparql", q + "&timeout=1", null));
        Set<String> distinct = new HashSet<>(keys);
        assertEquals(keys.size(), distinct.size(), keys.toString());
        assertEquals(QueryResultCache.key("/kg/sparql", q, "text/csv"), QueryResultCache.key("/kg/sparql", q, "text/csv"));
        assertNull(QueryResultCache.key("/kg/sparql", null, null), "a request without a query string is not cached");
    }

    @Test
    void evictsTheLeastRecentlyUsedAnswersToStayWithinItsBytes() {
        QueryResultCache cache = new QueryResultCache(3_000);
        cache.put("a", answer(900));
        cache.put("b", answer(900));
        cache.put("c", answer(900));
        assertNotNull(cache.get("a")); // a is now the most recently used
        cache.put("d", answer(900));
        assertNull(cache.get("b"), "b was used least recently");
        assertNotNull(cache.get("a"));
        assertNotNull(cache.get("c"));
        assertNotNull(cache.get("d"));
        assertEquals(3, cache.size());
    }

    @Test
    void keepsNothingTooLargeOrWhenOff() {
        QueryResultCache cache = new QueryResultCache(64L << 20);
        cache.put("big", answer(QueryResultCache.MAX_ENTRY_BYTES + 1));
        assertNull(cache.get("big"));
        QueryResultCache off = new QueryResultCache(0);
        assertTrue(off.isOff());
        off.put("a", answer(10));
        assertNull(off.get("a"));
    }

    @Test
    void etagsFollowTheBodyAndMatchWeakAndListedForms() {
        String etag = QueryResultCache.etag(new byte[] {1, 2, 3});
        assertEquals(etag, QueryResultCache.etag(new byte[] {1, 2, 3}));
        assertNotEquals(etag, QueryResultCache.etag(new byte[] {1, 2, 4}));
        assertTrue(QueryResultCache.matches("\"x\", " + etag, etag));
        assertTrue(QueryResultCache.matches("W/" + etag, etag));
        assertTrue(!QueryResultCache.matches("\"other\"", etag));
    }
}
