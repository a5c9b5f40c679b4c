package org.genaikg.web;

/**
 * HTML written in pieces where every value from the graph or the request goes through {@link #text} or
 * {@link #attr} and is escaped; only markup spelled out in code goes through {@link #tag}.
 */
final class Markup {
    private final StringBuilder sb = new StringBuilder(4096);

    /** Markup written in code (tags, fixed attributes); never a value. */
    Markup tag(String markup) {
        sb.append(markup);
        return this;
    }

    Markup text(String value) {
        sb.append(escape(value));
        return this;
    }

    /** An attribute value, escaped; the caller writes the quotes. */
    Markup attr(String value) {
        sb.append(escape(value));
        return this;
    }

    /** {@code <tag lang="…">text</tag>} with the language of the text marked, for the browser's fonts and readers. */
    Markup lang(String element, String lang, String value) {
        sb.append('<').append(element);
        if (lang != null && !lang.isEmpty()) sb.append(" lang=\"").append(escape(lang)).append('"');
        sb.append('>').append(escape(value)).append("</").append(element).append('>');
        return this;
    }

    Markup link(String href, String text) {
        sb.append("<a href=\"").append(escape(href)).append("\">").append(escape(text)).append("</a>");
        return this;
    }

    Markup append(Markup other) {
        sb.append(other.sb);
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    static String escape(String value) {
        return value == null ? "" : Html.text(value);
    }
}
