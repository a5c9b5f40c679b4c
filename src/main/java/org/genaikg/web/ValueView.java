package org.genaikg.web;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Std;

/**
 * How one value is shown: a resource as a link to its page under its names, a text in its language, a date at
 * the precision the report states (day, month or year) with the uniform start/end key beside it, a web address
 * as an outside link (http and https only), a yes/no as words.
 */
final class ValueView {
    /** A date property and its uniform start and end keys (the end may be missing). */
    private static final Map<Node, List<Node>> DATE_KEYS = Map.of(
            GKG.issued, List.of(GKG.issuedStart, GKG.issuedEnd),
            GKG.released, List.of(GKG.releasedStart, GKG.releasedEnd),
            GKG.effective, List.of(GKG.effectiveStart),
            GKG.date, List.of(GKG.startDate, GKG.endDate),
            GKG.period, List.of(GKG.periodStart, GKG.periodEnd));

    private final LabelIndex labels;
    private final Links links;

    ValueView(LabelIndex labels, Links links) {
        this.labels = labels;
        this.links = links;
    }

    /** The local page of {@code node}, or {@code null} when this server has none. */
    String page(Node node) {
        return links.page(node);
    }

    /** Whether {@code property} is a uniform key shown beside its date rather than in a row of its own. */
    static boolean isDateKey(Node property) {
        return DATE_KEYS.values().stream().anyMatch(keys -> keys.contains(property));
    }

    /** The uniform keys of a date property, empty for other properties. */
    static List<Node> dateKeys(Node property) {
        return DATE_KEYS.getOrDefault(property, List.of());
    }

    void resource(Markup m, Node node) {
        Bilingual name = labels.label(node);
        resource(m, node, name.both(node.isURI() ? TermWords.shortName(node) : node.toString()));
    }

    /** A link to {@code node}'s page (or its outside address) reading {@code text}. */
    void resource(Markup m, Node node, String text) {
        String href = links.page(node);
        if (href != null) {
            m.link(href, text);
        } else if (node.isURI() && Links.isWebUrl(node.getURI())) {
            m.tag("<a class=\"external\" rel=\"nofollow noopener noreferrer\" href=\"").attr(node.getURI()).tag("\">")
                    .text(text).tag("</a>");
        } else {
            m.text(text);
        }
    }

    /** A link to a web page on another site, or the address as text when it is not an http(s) URL. */
    private static void webLink(Markup m, String url) {
        if (Links.isWebUrl(url)) {
            m.tag("<a class=\"external\" rel=\"nofollow noopener noreferrer\" href=\"").attr(url).tag("\">")
                    .text(url).tag("</a>");
        } else {
            m.text(url);
        }
    }

    /** A value of {@code property}; {@code keys} are the uniform date keys found beside it, if any. */
    void value(Markup m, Node property, Node value, Map<Node, Node> keys) {
        if (value.isURI() && property.equals(Std.SCHEMA_URL)) {
            webLink(m, value.getURI());
            return;
        }
        if (!value.isLiteral()) {
            resource(m, value);
            return;
        }
        String lex = value.getLiteralLexicalForm();
        String lang = value.getLiteralLanguage();
        String type = value.getLiteralDatatypeURI();
        if (!lang.isEmpty()) {
            m.lang("span", lang, lex);
            if (lang.contains("-t-")) m.tag(" <span class=\"detail\">(译 translated)</span>");
            return;
        }
        String precision = precision(type);
        if (precision != null) {
            m.tag("<time datetime=\"").attr(lex).tag("\">").text(lex).tag("</time> <span class=\"date-key\">")
                    .text(precision);
            List<Node> wanted = dateKeys(property);
            if (!wanted.isEmpty() && keys.containsKey(wanted.get(0))) {
                m.text(" · 统一日期键 uniform key ").text(keys.get(wanted.get(0)).getLiteralLexicalForm());
                if (wanted.size() > 1 && keys.containsKey(wanted.get(1))) {
                    m.text(" … ").text(keys.get(wanted.get(1)).getLiteralLexicalForm());
                }
            }
            m.tag("</span>");
            return;
        }
        if (XSDDatatype.XSDboolean.getURI().equals(type)) {
            m.text(Boolean.parseBoolean(lex) || lex.equals("1") ? "是 yes" : "否 no");
        } else if (XSDDatatype.XSDanyURI.getURI().equals(type) || property.equals(Std.SCHEMA_URL)) {
            webLink(m, lex);
        } else {
            m.text(lex);
        }
    }

    /** "day", "month" or "year" for the report's date types; {@code null} for anything else. */
    static String precision(String datatype) {
        if (XSDDatatype.XSDdate.getURI().equals(datatype)) return "精确到日 day";
        if (XSDDatatype.XSDgYearMonth.getURI().equals(datatype)) return "精确到月 month";
        if (XSDDatatype.XSDgYear.getURI().equals(datatype)) return "精确到年 year";
        return null;
    }

    void name(Markup m, Bilingual b, String fallback) {
        if (b.isEmpty()) {
            m.text(fallback);
            return;
        }
        if (b.zh() != null) m.lang("span", "zh", b.zh());
        if (b.en() != null && !b.en().equals(b.zh())) {
            if (b.zh() != null) m.tag(" ");
            m.tag("<span class=\"en\" lang=\"en\">").text(b.en()).tag("</span>");
        }
    }
}
