package org.genaikg.web.html;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An address a page may link to or load: a web address on another site (http or https, nothing else), a path on
 * this server, or a fragment of the page itself. This is the one check every {@code href}, {@code src} and
 * {@code action} of the site passes: a {@code javascript:} or {@code data:} address from the graph never becomes
 * a link, and neither does a path that names another host ({@code //evil.example}).
 */
public final class Url {
    /** No white space or control character anywhere: a browser strips some of them and then reads another scheme. */
    private static final Pattern NO_SPACE = Pattern.compile("[^\\p{Cntrl}\\p{Z}\\s\\p{Cf}]+");

    /** No scheme can hide in it: no colon, and it does not start with {@code /}. */
    private static final Pattern RELATIVE = Pattern.compile("[A-Za-z0-9._~-][A-Za-z0-9._~/-]*");

    private final String value;
    private final boolean external;

    private Url(String value, boolean external) {
        this.value = value;
        this.external = external;
    }

    /** {@code s} when it is an http(s) address, a local path or a fragment; empty for anything else. */
    public static Optional<Url> of(String s) {
        if (s == null || !NO_SPACE.matcher(s).matches()) return Optional.empty();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return s.length() > "https://".length() ? Optional.of(new Url(s, true)) : Optional.empty();
        }
        if (isLocal(s)) return Optional.of(new Url(s, false));
        return Optional.empty();
    }

    /** A path on this server or a fragment, written in code; anything else is a programming error. */
    public static Url local(String path) {
        if (path == null || !isLocal(path) || !NO_SPACE.matcher(path).matches()) {
            throw new IllegalArgumentException("Not a local path: " + path);
        }
        return new Url(path, false);
    }

    /** A path relative to the page's own folder ({@code genai-kg.ttl}, {@code ./}): letters, digits and {@code ._~-/} only. */
    public static Url relative(String path) {
        if (path == null || !RELATIVE.matcher(path).matches()) throw new IllegalArgumentException("Not a relative path: " + path);
        return new Url(path, false);
    }

    /** {@code #id}: a place on the same page. */
    public static Url fragment(String id) {
        return local("#" + id);
    }

    private static boolean isLocal(String s) {
        if (s.indexOf('\\') >= 0) return false;
        return (s.startsWith("/") && !s.startsWith("//")) || s.startsWith("#");
    }

    /** This address with {@code name=value} added to its query string (the value encoded). */
    public Url with(String name, String value) {
        String separator = this.value.indexOf('?') >= 0 ? "&" : "?";
        return new Url(this.value + separator + Escape.queryValue(name) + "=" + Escape.queryValue(value), external);
    }

    /** Whether the address leaves this server. */
    public boolean isExternal() {
        return external;
    }

    @Override
    public String toString() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Url u && u.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
