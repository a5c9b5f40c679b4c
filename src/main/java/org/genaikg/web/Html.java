package org.genaikg.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Escaping for the server's HTML pages. Every value that comes from the graph, a table or a request passes through
 * {@link #text} or {@link #attr} before it is written into a page; URL parts pass through {@link #query}.
 */
public final class Html {
    private Html() {}

    /** {@code s} as element content: {@code & < >} escaped (quotes too, so the result is also safe in attributes). */
    public static String text(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            String replacement = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement == null) {
                if (out != null) out.append(s.charAt(i));
                continue;
            }
            if (out == null) out = new StringBuilder(s.length() + 16).append(s, 0, i);
            out.append(replacement);
        }
        return out == null ? s : out.toString();
    }

    /** {@code s} as the value of a double-quoted attribute. */
    public static String attr(String s) {
        return text(s);
    }

    /** {@code s} as one component of a URL query string ({@code %20} for a space, which every client reads). */
    public static String query(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code text} (escaped) in an element marked with its language, e.g. {@code <span lang="zh">…</span>}. */
    public static String lang(String lang, String text) {
        return "<span lang=\"" + attr(lang) + "\">" + text(text) + "</span>";
    }
}
