package org.genaikg.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers of recent queries, kept because the served graph never changes while the server runs: a repeated query
 * is answered from memory, with an ETag so that clients can revalidate with a 304. Bounded by total bytes; the
 * least recently used answers go first.
 */
final class QueryResultCache {
    static final int MAX_ENTRY_BYTES = 1 << 20;

    /** A complete 200 answer. */
    record Answer(String contentType, byte[] body, String etag, String rowCap) {}

    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(256, 0.75f, true);

    QueryResultCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    static String key(String query, String accept, String format) {
        return (format == null ? "" : format) + "\u0000" + (accept == null ? "" : accept) + "\u0000" + query;
    }

    synchronized Answer get(String key) {
        return answers.get(key);
    }

    synchronized void put(String key, Answer answer) {
        if (maxBytes == 0) return;
        if (answer.body().length > MAX_ENTRY_BYTES || answer.body().length > maxBytes) return;
        Answer old = answers.put(key, answer);
        bytes += answer.body().length - (old == null ? 0 : old.body().length);
        var it = answers.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            Map.Entry<String, Answer> eldest = it.next();
            bytes -= eldest.getValue().body().length;
            it.remove();
        }
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

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
