package org.genaikg.serve.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers of recent queries, kept because the served graph never changes while the server runs: a repeated query
 * is answered from memory, with an ETag so that clients can revalidate with a 304. Bounded by total bytes; the
 * least recently used answers go first. An answer is keyed on everything that can change it: the path, the whole
 * query string (query, format, output, callback, stylesheet, default-graph-uri, named-graph-uri, timeout …) and
 * the Accept header.
 */
public final class QueryResultCache {
    static final int MAX_ENTRY_BYTES = 1 << 20;

    /** A complete 200 answer. */
    record Answer(String contentType, byte[] body, String etag, String rowCap) {}

    /** The key of a GET request; null when it has no query string and so is not a query. */
    static String key(String path, String queryString, String accept) {
        if (queryString == null) return null;
        return path + "?" + queryString + "\u0000" + (accept == null ? "" : accept);
    }

    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(256, 0.75f, true);

    public QueryResultCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    boolean isOff() {
        return maxBytes == 0;
    }

    synchronized int size() {
        return answers.size();
    }

    synchronized Answer get(String key) {
        return answers.get(key);
    }

    synchronized void put(String key, Answer answer) {
        if (maxBytes == 0) return;
        if (answer.body().length > MAX_ENTRY_BYTES || answer.body().length > maxBytes) return;
        Answer old = answers.put(key, answer);
        bytes += cost(key, answer) - (old == null ? 0 : cost(key, old));
        var it = answers.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            Map.Entry<String, Answer> eldest = it.next();
            bytes -= cost(eldest.getKey(), eldest.getValue());
            it.remove();
        }
    }

    /** An entry's memory: the answer and its key, which holds up to a whole query. */
    private static long cost(String key, Answer answer) {
        return answer.body().length + 2L * key.length();
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) return true;
        }
        return false;
    }

}
