package org.genaikg.web.html;

/**
 * A piece of HTML that may be written into a page as it is. Only {@link HtmlWriter} makes one, so a value of this
 * type has had every text in it escaped; a plain {@code String} on the site is always text, never markup.
 */
public final class Html {
    public static final Html EMPTY = new Html("");
    /** The first line of a standalone XML document, such as an SVG drawing sent on its own. */
    public static final Html XML_DECLARATION = new Html("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

    private final String markup;

    Html(String markup) {
        this.markup = markup;
    }

    /** {@code text} escaped, as a piece of markup of its own. */
    public static Html text(String text) {
        return new Html(Escape.text(text));
    }

    public boolean isEmpty() {
        return markup.isEmpty();
    }

    /** The markup, for the response body. */
    @Override
    public String toString() {
        return markup;
    }
}
