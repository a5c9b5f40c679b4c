package org.genaikg.vocab;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The kinds of resource of genai-kg, as one declaration: the {@code {kind}} segment of their IRIs
 * ({@code https://w3id.org/genai-kg/resource/{kind}/{id}}, fixed here so that an IRI never changes when a table is
 * reordered), the SPARQL/Turtle prefix that abbreviates them, the curated table whose rows they are, and — for the
 * kinds people browse — the names of their list page. The IRI scheme, the prefixes, the mapping of a table's ids,
 * the list pages, the home page's counts and search's ranking by kind are all read from here, so a new kind declared
 * here appears in each of them.
 *
 * <p>The declaration order is the order prefixes are listed to users. Prefix names that common vocabularies
 * already use are avoided: {@code organization:} (W3C ORG is {@code org:}), {@code evt:} (the Event Ontology is
 * {@code event:}), {@code uom:} (QUDT is {@code unit:}). Observations and codes have two-level paths and keep
 * their full IRIs.
 */
public enum Kind {
    PLACE("place", "place", "places", "Countries and places", "国家和地区", 0),
    AGENCY("agency", "agency", "agencies", "Government agencies", "政府机构", 0),
    ORGANIZATION("organization", "organization", "organizations", "Companies and organisations", "企业与机构", 0),
    PERSON("person", "person", "persons", "People", "人物", 0),
    POLICY("policy", "policy", "policies", "Policies", "政策文件", 0),
    MODEL("model", "model", "models", "Models and products", "模型与产品", 0),
    SCENARIO("scenario", "scenario", "scenarios", "Application scenarios", "应用场景", 0),
    TERM("term", "term", "terms", "Terms", "术语", 1),
    EVENT("event", "evt", "events", "Events", "事件", 1),
    FIGURE("figure", "figure", null, null, null, 1),
    UNIT("unit", "uom", "units", null, null, 2),
    REPORT("report", "report", null, null, null, 1),
    FOOTNOTE("source", "source", null, "Footnotes", "脚注", 1),
    DATASET("dataset", "dataset", null, "Statistical data sets", "统计数据集", 1),
    MEASURE("measure", "measure", null, null, null, 2),
    DIMENSION("dimension", "dimension", null, null, null, 2),
    CODE_LIST("codelist", "codelist", null, null, null, 2),
    OBSERVATION("observation", null, null, "Observations", "统计观测值", 2),
    CODE("code", null, null, null, null, 2),
    STRUCTURE("dsd", null, null, null, null, 2),
    SCHEME("scheme", null, null, null, null, 2);

    private final String segment;
    private final String prefix;
    private final String table;
    private final String listEn;
    private final String listZh;
    private final int searchRank;

    Kind(String segment, String prefix, String table, String listEn, String listZh, int searchRank) {
        this.segment = segment;
        this.prefix = prefix;
        this.table = table;
        this.listEn = listEn;
        this.listZh = listZh;
        this.searchRank = searchRank;
    }

    /**
     * How search ranks this kind among hits that match alike: 0 for what people look for (places, bodies,
     * policies, organisations, people, models, scenarios), 1 for what is worth finding (terms, events, data sets,
     * sources), 2 for the scaffolding of the statistics (units, codes, observations, structures).
     */
    public int searchRank() {
        return searchRank;
    }

    /** The IRI segment: {@code place} in {@code …/resource/place/china}. */
    public String segment() {
        return segment;
    }

    /** The namespace of this kind's IRIs, ending in {@code /}. */
    public String namespace() {
        return Namespaces.RES + segment + "/";
    }

    /** The prefix that abbreviates this kind's IRIs, if it has one. */
    public Optional<String> prefix() {
        return Optional.ofNullable(prefix);
    }

    /** The IRI of the resource {@code id} of this kind. */
    public Node iri(String id) {
        return NodeFactory.createURI(namespace() + id);
    }

    /** Whether the site lists this kind (a page {@code /list/{segment}} and a count on the home page). */
    public boolean isListed() {
        return listEn != null;
    }

    public String listEn() {
        return listEn;
    }

    public String listZh() {
        return listZh;
    }

    /** The kind whose rows the curated table {@code table} holds. */
    public static Optional<Kind> ofTable(String table) {
        for (Kind kind : values()) if (table.equals(kind.table)) return Optional.of(kind);
        return Optional.empty();
    }

    public static Optional<Kind> ofSegment(String segment) {
        for (Kind kind : values()) if (kind.segment.equals(segment)) return Optional.of(kind);
        return Optional.empty();
    }

    /** The kind an IRI belongs to (observations, {@code observation/{dataset}/{id}}, as well as flat kinds). */
    public static Optional<Kind> of(String iri) {
        if (!iri.startsWith(Namespaces.RES)) return Optional.empty();
        int end = iri.indexOf('/', Namespaces.RES.length());
        return end < 0 ? Optional.empty() : ofSegment(iri.substring(Namespaces.RES.length(), end));
    }
}
