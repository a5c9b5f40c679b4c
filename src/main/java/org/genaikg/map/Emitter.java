package org.genaikg.map;

import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.genaikg.table.ReportDate;
import org.genaikg.table.Row;
import org.genaikg.vocab.GKG;

/**
 * Writes triples into the graph being built and remembers which table row each subject came from, so that
 * a SHACL violation can point back to the row to fix.
 */
public final class Emitter {
    /** BCP 47 (RFC 6497) tag of an English label translated from Chinese by the curators, not an official name. */
    public static final String TRANSLATED_FROM_CHINESE = "en-t-zh";

    private final Graph graph;
    private final Map<Node, String> origins = new HashMap<>();

    public Emitter(Graph graph) {
        this.graph = graph;
    }

    public Graph graph() { return graph; }

    /** Row locations ({@code data/policies.csv:17}) by subject; the first row that made a subject wins. */
    public Map<Node, String> origins() { return origins; }

    public void from(Node subject, Row row) {
        origins.putIfAbsent(subject, row.location());
    }

    public void add(Node s, Node p, Node o) {
        graph.add(Triple.create(s, p, o));
    }

    public void type(Node s, Node type) {
        add(s, RDF.Nodes.type, type);
    }

    /**
     * A text in a language. A curators' translation ({@link #TRANSLATED_FROM_CHINESE}) is written as the plain
     * {@code @en} value of {@code p}, so that {@code FILTER(LANG(?l) = "en")} finds it like an official name, and is
     * marked by {@code gkg:translatedLabel "…"@en-t-zh} beside it, so that one pattern tells the two apart.
     */
    public void text(Node s, Node p, String value, String lang) {
        if (value.isEmpty()) return;
        if (lang.equals(TRANSLATED_FROM_CHINESE)) {
            add(s, p, NodeFactory.createLiteralLang(value, "en"));
            add(s, GKG.translatedLabel, NodeFactory.createLiteralLang(value, TRANSLATED_FROM_CHINESE));
        } else {
            add(s, p, NodeFactory.createLiteralLang(value, lang));
        }
    }

    public void string(Node s, Node p, String value) {
        if (!value.isEmpty()) add(s, p, NodeFactory.createLiteralString(value));
    }

    public void typed(Node s, Node p, String lexical, XSDDatatype type) {
        if (!lexical.isEmpty()) add(s, p, NodeFactory.createLiteralDT(lexical, type));
    }

    /**
     * A number as the literal a query writes for it, in the report's own form: written without a decimal point it
     * is an {@code xsd:integer} ({@code 538}), with one an {@code xsd:decimal} that keeps its digits ({@code 34.0},
     * {@code 36.5}), so that the number typed in a query, or copied from the report, matches the stored value.
     */
    public void decimal(Node s, Node p, String value) {
        if (value.isEmpty()) return;
        BigDecimal number = new BigDecimal(value);
        if (value.contains(".")) typed(s, p, number.toPlainString(), XSDDatatype.XSDdecimal);
        else typed(s, p, number.toBigIntegerExact().toString(), XSDDatatype.XSDinteger);
    }

    /** A web address, as the IRI it is ({@code schema:url <https://…>}), not a string that looks like one. */
    public void url(Node s, Node p, String value) {
        if (!value.isEmpty()) add(s, p, NodeFactory.createURI(value));
    }

    public void bool(Node s, Node p, String value) {
        if (!value.isEmpty()) typed(s, p, value, XSDDatatype.XSDboolean);
    }

    /** rdfs:label and skos:prefLabel in Chinese and, where there is one, English. */
    public void labels(Node s, String zh, String en) {
        text(s, RDFS.Nodes.label, zh, "zh");
        text(s, SKOS.prefLabel.asNode(), zh, "zh");
        text(s, RDFS.Nodes.label, en, "en");
        text(s, SKOS.prefLabel.asNode(), en, "en");
    }

    /**
     * Labels of a curated entity: the Chinese name, and in English either its official name or, where it has none,
     * the curators' translation — both {@code @en}, the translation also marked with {@code gkg:translatedLabel}.
     */
    public void labels(Node s, String zh, String officialEn, String translatedEn) {
        labels(s, zh, officialEn);
        if (officialEn.isEmpty()) {
            text(s, RDFS.Nodes.label, translatedEn, TRANSLATED_FROM_CHINESE);
            text(s, SKOS.prefLabel.asNode(), translatedEn, TRANSLATED_FROM_CHINESE);
        }
    }

    /** A free text (a curator's note) tagged with the language it is written in, not the report's. */
    public void freeText(Node s, Node p, String value) {
        text(s, p, value, TextLanguage.of(value));
    }

    /** The date at its own precision, with the datatype that says so (xsd:gYear, xsd:gYearMonth, xsd:date). */
    public static Node faithful(ReportDate date) {
        return switch (date.precision()) {
            case YEAR -> NodeFactory.createLiteralDT(date.lexical(), XSDDatatype.XSDgYear);
            case MONTH -> NodeFactory.createLiteralDT(date.lexical(), XSDDatatype.XSDgYearMonth);
            case DAY -> NodeFactory.createLiteralDT(date.lexical(), XSDDatatype.XSDdate);
            case PERIOD -> NodeFactory.createLiteralString(date.lexical());
        };
    }

    public static Node day(java.time.LocalDate day) {
        return NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate);
    }

    public static Node precision(ReportDate date) {
        return switch (date.precision()) {
            case YEAR -> GKG.YearPrecision;
            case MONTH -> GKG.MonthPrecision;
            case DAY -> GKG.DayPrecision;
            case PERIOD -> GKG.PeriodPrecision;
        };
    }

    /** A faithful date plus its uniform keys: the first and last day it covers. */
    public void date(Node s, Node faithfulProperty, Node startProperty, Node endProperty, String value) {
        if (value.isEmpty()) return;
        ReportDate date = ReportDate.of(value);
        add(s, faithfulProperty, faithful(date));
        if (startProperty != null) add(s, startProperty, day(date.start()));
        if (endProperty != null) add(s, endProperty, day(date.end()));
    }

    /**
     * The uniform date keys every dated thing shares (gkg:startDate, gkg:endDate as xsd:date) and where its date
     * comes from (gkg:dateBasis), so that one pattern orders events, policies, products and observations together.
     */
    public void uniformDate(Node s, String value, String basis) {
        if (value.isEmpty()) return;
        ReportDate date = ReportDate.of(value);
        add(s, GKG.startDate, day(date.start()));
        add(s, GKG.endDate, day(date.end()));
        add(s, GKG.dateBasis, DateBasis.of(basis).concept());
    }

    /** The full date pattern of an event: faithful value, uniform keys, precision and basis. */
    public void eventDate(Node event, String value, String basis) {
        ReportDate date = ReportDate.of(value);
        add(event, GKG.date, faithful(date));
        add(event, GKG.datePrecision, precision(date));
        uniformDate(event, value, basis);
    }
}
