package org.genaikg.web.view;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ways an answer can be drawn, as a query names them in a comment line ({@code #view:bar}) or a URL does. */
public enum View {
    BAR, LINE, TIMELINE, GRAPH;

    private static final Pattern COMMENT = Pattern.compile("(?m)^\\s*#\\s*view\\s*:\\s*([a-z]+)");

    public String segment() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<View> ofSegment(String segment) {
        for (View v : values()) if (v.segment().equals(segment)) return Optional.of(v);
        return Optional.empty();
    }

    /** The view a query asks for in a {@code #view:KIND} comment line, if it names one. */
    public static Optional<View> ofQuery(String query) {
        Matcher m = COMMENT.matcher(query);
        return m.find() ? ofSegment(m.group(1)) : Optional.empty();
    }
}
