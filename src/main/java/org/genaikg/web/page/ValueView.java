package org.genaikg.web.page;

import org.apache.jena.vocabulary.SchemaDO;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.genaikg.dataset.Bilingual;
import org.genaikg.dataset.GraphReader;
import org.genaikg.dataset.LabelIndex;
import org.genaikg.dataset.TermWords;
import org.genaikg.vocab.GKG;
import org.genaikg.web.html.HtmlWriter;
import org.genaikg.web.html.Url;

/**
 * How one value is shown: a resource as a link to its page under its names, a text in its language, a date at
 * the precision the report states (day, month or year) with the uniform start/end key beside it, a web address
 * as an outside link (http and https only), a yes/no as words.
 */
public final class ValueView {
    /** A date property and its uniform start and end keys (the end may be missing). */
    private static final Map<Node, List<Node>> DATE_KEYS = Map.of(
            GKG.issued, List.of(GKG.issuedStart, GKG.issuedEnd),
            GKG.released, List.of(GKG.releasedStart, GKG.releasedEnd),
            GKG.effective, List.of(GKG.effectiveStart),
            GKG.date, List.of(GKG.startDate, GKG.endDate),
            GKG.period, List.of(GKG.periodStart, GKG.periodEnd));

    /** How a qualified value is marked: more than, at least, about … (the ontology's qualifiers, by local name). */
    private static final Map<String, String> QUALIFIERS = Map.of("MoreThan", "> ", "AtLeast", "≥ ", "LessThan", "< ",
            "AtMost", "≤ ", "Approximately", "≈ ", "Estimated", "est. ");

    private final LabelIndex labels;
    private final Links links;

    public ValueView(LabelIndex labels, Links links) {
        this.labels = labels;
        this.links = links;
    }

    public LabelIndex labels() {
        return labels;
    }

    /** The local page of {@code node}; empty when this server has none. */
    public Optional<Url> page(Node node) {
        return links.page(node);
    }

    /** The mark written before a value the report qualifies ({@code ≈ }, {@code > } …); empty for an exact value. */
    public static String qualifierMark(Node qualifier) {
        return QUALIFIERS.getOrDefault(GraphReader.localName(qualifier), "");
    }

    /** Whether {@code property} is a uniform key shown beside its date rather than in a row of its own. */
    static boolean isDateKey(Node property) {
        return DATE_KEYS.values().stream().anyMatch(keys -> keys.contains(property));
    }

    /** The uniform keys of a date property, empty for other properties. */
    static List<Node> dateKeys(Node property) {
        return DATE_KEYS.getOrDefault(property, List.of());
    }

    /** A link to {@code node}'s page under its names (the IRI's short form when it has none). */
    public void resource(HtmlWriter w, Node node) {
        resource(w, node, labels.label(node).both(node.isURI() ? TermWords.shortName(node) : node.toString()));
    }

    /** A link to {@code node}'s page (or its outside address) reading {@code text}. */
    public void resource(HtmlWriter w, Node node, String text) {
        Optional<Url> page = links.page(node);
        if (page.isPresent()) {
            w.link(page.get(), text);
        } else if (node.isURI()) {
            webLink(w, node.getURI(), text);
        } else {
            w.text(text);
        }
    }

    /** A link to {@code node}'s page under both its names, each marked with its language. */
    public void named(HtmlWriter w, Node node) {
        Optional<Url> page = links.page(node);
        page.ifPresent(w::openLink);
        name(w, labels.label(node), node.isURI() ? GraphReader.localName(node) : node.toString());
        if (page.isPresent()) w.close("a");
    }

    /** A link to a web page on another site, or the address as text when it is not an http(s) URL. */
    static void webLink(HtmlWriter w, String url, String text) {
        Optional<Url> checked = Url.of(url).filter(Url::isExternal);
        if (checked.isPresent()) {
            w.link(checked.get(), text, "class", "external", "rel", "nofollow noopener noreferrer");
        } else {
            w.text(text);
        }
    }

    /** A value of {@code property}; {@code keys} are the uniform date keys found beside it, if any. */
    public void value(HtmlWriter w, Node property, Node value, Map<Node, Node> keys) {
        if (value.isURI() && property.equals(SchemaDO.url.asNode())) {
            webLink(w, value.getURI(), value.getURI());
            return;
        }
        if (!value.isLiteral()) {
            resource(w, value);
            return;
        }
        String lex = value.getLiteralLexicalForm();
        String lang = value.getLiteralLanguage();
        String type = value.getLiteralDatatypeURI();
        if (!lang.isEmpty()) {
            w.lang(lang, lex);
            if (lang.contains("-t-")) w.text(" ").element("span", "(译 translated)", "class", "detail");
            return;
        }
        if (isDateKey(property)) {
            // a uniform key is derived from a stated date (a month's first day …): its own precision says nothing
            w.element("time", lex, "datetime", lex).text(" ")
                    .element("span", "统一日期键 uniform key, derived from the stated date", "class", "date-key");
            return;
        }
        String precision = precision(type);
        if (precision != null) {
            w.element("time", lex, "datetime", lex).text(" ").open("span", "class", "date-key").text(precision);
            List<Node> wanted = dateKeys(property);
            if (!wanted.isEmpty() && keys.containsKey(wanted.get(0))) {
                w.text(" · 统一日期键 uniform key ").text(keys.get(wanted.get(0)).getLiteralLexicalForm());
                if (wanted.size() > 1 && keys.containsKey(wanted.get(1))) {
                    w.text(" … ").text(keys.get(wanted.get(1)).getLiteralLexicalForm());
                }
            }
            w.close("span");
            return;
        }
        if (XSDDatatype.XSDboolean.getURI().equals(type)) {
            w.text(Boolean.parseBoolean(lex) || lex.equals("1") ? "是 yes" : "否 no");
        } else if (XSDDatatype.XSDanyURI.getURI().equals(type) || property.equals(SchemaDO.url.asNode())) {
            webLink(w, lex, lex);
        } else {
            w.text(lex);
        }
    }

    /** "day", "month" or "year" for the report's date types; {@code null} for anything else. */
    static String precision(String datatype) {
        if (XSDDatatype.XSDdate.getURI().equals(datatype)) return "精确到日 day";
        if (XSDDatatype.XSDgYearMonth.getURI().equals(datatype)) return "精确到月 month";
        if (XSDDatatype.XSDgYear.getURI().equals(datatype)) return "精确到年 year";
        return null;
    }

    /** Both names, each marked with its language; {@code fallback} when there is none. */
    public static void name(HtmlWriter w, Bilingual b, String fallback) {
        if (b.isEmpty()) {
            w.text(fallback);
            return;
        }
        if (b.zh() != null) w.lang("zh", b.zh());
        if (b.en() != null && !b.en().equals(b.zh())) {
            if (b.zh() != null) w.text(" ");
            w.element("span", b.en(), "class", "en", "lang", "en");
        }
    }
}
