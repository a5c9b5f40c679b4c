package org.genaikg.web.html;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The two escapes the site needs: text into HTML (content or quoted attribute), and a value into a URL query. */
final class Escape {
    private Escape() {}

    /** {@code s} with {@code & < > " '} escaped, safe both as element content and in a quoted attribute. */
    static String text(String s) {
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

    /** {@code s} as one component of a URL query string ({@code %20} for a space, which every client reads). */
    static String queryValue(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
