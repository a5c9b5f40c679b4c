package org.genaikg.web.html;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one way the site writes HTML (and the SVG inside it). Text goes in as {@code String} and is always escaped;
 * markup goes in only as {@link Html} (made by another writer) or as the element and attribute names of the
 * methods here: element names checked to be names, attribute names from a closed list. An address goes in only as a
 * {@link Url}, so it has passed the
 * site's one URL check. Script and style content is written only by {@link #script} and {@link #style}, which
 * refuse anything that could close their element.
 */
public final class HtmlWriter {
    private static final Pattern TAG = Pattern.compile("[a-z][a-zA-Z0-9]*");
    /**
     * The attributes the site writes from text, and no other: none holds an address or code, so a value can do no
     * more than it says. {@code href}, {@code src} and {@code action} are written only by the methods that take a
     * {@link Url}; {@code style} and event handlers ({@code on…}) never.
     */
    private static final Set<String> ATTRIBUTES = Set.of(
            "class", "id", "lang", "title", "type", "name", "value", "content", "charset", "rel", "role", "for",
            "method", "placeholder", "maxlength", "required", "selected", "datetime", "colspan", "rowspan", "alt",
            "aria-label", "aria-labelledby", "aria-sort", "aria-hidden",
            "xmlns", "viewBox", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "dx", "dy",
            "fill", "stroke", "stroke-width", "points", "d", "transform", "text-anchor", "font-size", "font-weight",
            "font-family", "opacity");
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "iframe", "object", "embed");

    private final StringBuilder out;

    public HtmlWriter() {
        this(4096);
    }

    public HtmlWriter(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** {@code <tag a="v" …>}; {@code attributes} are name, value pairs, the values escaped. */
    public HtmlWriter open(String tag, String... attributes) {
        start(tag, attributes);
        out.append('>');
        return this;
    }

    /** {@code <tag … />} for an element that has no content ({@code <br>}, {@code <input>}, SVG shapes). */
    public HtmlWriter empty(String tag, String... attributes) {
        start(tag, attributes);
        out.append(isSvg(tag) ? "/>" : ">");
        return this;
    }

    public HtmlWriter close(String tag) {
        out.append("</").append(tag(tag)).append('>');
        return this;
    }

    /** {@code <tag …>text</tag>}. */
    public HtmlWriter element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** {@code <a href="…" …>}. */
    public HtmlWriter openLink(Url href, String... attributes) {
        start("a", attributes);
        attribute("href", href.toString());
        out.append('>');
        return this;
    }

    /** {@code <a href="…" …>text</a>}. */
    public HtmlWriter link(Url href, String text, String... attributes) {
        return openLink(href, attributes).text(text).close("a");
    }

    /** {@code <form action="…" …>}. */
    public HtmlWriter openForm(Url action, String... attributes) {
        start("form", attributes);
        attribute("action", action.toString());
        out.append('>');
        return this;
    }

    /** {@code <link rel="…" href="…">}. */
    public HtmlWriter linkElement(String rel, Url href) {
        start("link", "rel", rel);
        attribute("href", href.toString());
        out.append('>');
        return this;
    }

    public HtmlWriter text(String text) {
        if (text != null) out.append(Escape.text(text));
        return this;
    }

    public HtmlWriter text(long number) {
        out.append(number);
        return this;
    }

    /** {@code <span lang="…">text</span>}: text marked with its language, for the browser's fonts and readers. */
    public HtmlWriter lang(String lang, String text) {
        return lang("span", lang, text);
    }

    /** {@code <tag lang="…">text</tag>}; no {@code lang} attribute when the language is unknown. */
    public HtmlWriter lang(String tag, String lang, String text) {
        return lang == null || lang.isEmpty() ? element(tag, text) : element(tag, text, "lang", lang);
    }

    /** Markup another writer made. */
    public HtmlWriter html(Html markup) {
        out.append(markup.toString());
        return this;
    }

    public HtmlWriter newline() {
        out.append('\n');
        return this;
    }

    /** A {@code <style>} element with the site's own CSS, which may not contain {@code </}. */
    public HtmlWriter style(String css) {
        return rawText("style", css);
    }

    /** A {@code <script>} element with the site's own inline script, which may not contain {@code </}. */
    public HtmlWriter script(String code) {
        return rawText("script", code);
    }

    /** {@code <script src="…"></script>} for a script served by this server. */
    public HtmlWriter scriptFrom(Url src) {
        if (src.isExternal()) throw new IllegalArgumentException("The site loads no script from another host: " + src);
        out.append("<script");
        attribute("src", src.toString());
        out.append("></script>");
        return this;
    }

    /** {@code <script type="…">data</script>} for data (JSON) read by the page's script; {@code </} is written {@code <\/}. */
    public HtmlWriter scriptData(String type, String id, String data) {
        out.append("<script");
        attribute("type", type);
        attribute("id", id);
        out.append('>').append(data.replace("</", "<\\/")).append("</script>");
        return this;
    }

    public Html toHtml() {
        return new Html(out.toString());
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private HtmlWriter rawText(String tag, String content) {
        if (content.contains("</") || content.contains("<!--")) {
            throw new IllegalArgumentException("<" + tag + "> content may not contain </ or <!--");
        }
        out.append('<').append(tag).append('>').append(content).append("</").append(tag).append('>');
        return this;
    }

    private void start(String tag, String... attributes) {
        if (RAW_TEXT.contains(tag)) throw new IllegalArgumentException("<" + tag + "> is written by its own method");
        out.append('<').append(tag(tag));
        if (attributes.length % 2 != 0) throw new IllegalArgumentException("Attributes come as name, value pairs");
        for (int i = 0; i < attributes.length; i += 2) {
            String name = attributes[i];
            if (!ATTRIBUTES.contains(name)) {
                throw new IllegalArgumentException("The attribute " + name + " is not one the site writes from text"
                        + " (an address goes through a Url)");
            }
            if (attributes[i + 1] != null) attribute(name, attributes[i + 1]);
        }
    }

    private void attribute(String name, String value) {
        out.append(' ').append(name).append("=\"").append(Escape.text(value)).append('"');
    }

    private static String tag(String tag) {
        if (!TAG.matcher(tag).matches()) throw new IllegalArgumentException("Not an element name: " + tag);
        return tag;
    }

    private static boolean isSvg(String tag) {
        return switch (tag) {
            case "line", "rect", "circle", "polyline", "path", "polygon", "ellipse" -> true;
            default -> false;
        };
    }
}
