package org.genaikg.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.genaikg.table.CuratedData;
import org.genaikg.table.Row;
import org.genaikg.table.TableCatalog;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Res;

/**
 * Policies with their issuers, and the dated events implied by them: issuance and taking effect. The events
 * are derived here rather than curated twice, so a policy's date lives in one cell.
 */
final class PolicyMapper implements TableMapper {

    @Override
    public void map(MappingContext ctx) {
        CuratedData data = ctx.data();
        Emitter out = ctx.out();
        // each policy looks up its narrated issuances and its issuers: grouped once, not scanned per policy
        Map<String, List<Row>> narratedByPolicy = byColumn(data.rows(TableCatalog.EVENTS), "issuance_of");
        Map<String, List<Row>> issuersByPolicy = byColumn(data.rows(TableCatalog.POLICY_ISSUERS), "policy");
        for (Row r : data.rows(TableCatalog.POLICIES)) {
            Node policy = Res.policy(r.id());
            out.type(policy, KindClasses.of(KindClasses.POLICY, r.get("kind")));
            out.labels(policy, r.get("title_zh"), r.get("title_en"), r.get("title_en_translated"));
            // users paste titles as the report prints them, with the book-title marks
            out.text(policy, SKOS.altLabel.asNode(), "《" + r.get("title_zh") + "》", "zh");
            if (r.has("jurisdiction")) out.add(policy, GKG.jurisdiction, Res.place(r.get("jurisdiction")));
            out.date(policy, GKG.issued, GKG.issuedStart, GKG.issuedEnd, r.get("issued"));
            out.date(policy, GKG.effective, GKG.effectiveStart, null, r.get("effective"));
            if (r.has("category")) out.add(policy, GKG.category, KindClasses.of(KindClasses.POLICY_CATEGORY, r.get("category")));
            if (r.has("status")) out.add(policy, GKG.status, KindClasses.of(KindClasses.POLICY_STATUS, r.get("status")));
            out.bool(policy, GKG.moreIssuers, r.get("more_issuers"));
            if (r.has("report_table")) {
                Node table = Res.reportTable(r.get("report"), r.get("report_table"));
                out.add(policy, GKG.listedIn, table);
                reportTable(table, r, out);
            }
            out.uniformDate(policy, r.has("issued") ? r.get("issued") : r.get("effective"), r.get("date_basis"));
            ctx.cite(policy, r);
            DerivedEvents.EnglishName title = DerivedEvents.englishName(r, "title");
            List<Row> narrated = narratedByPolicy.getOrDefault(r.id(), List.of());
            if (!narrated.isEmpty()) {
                // the report narrates the issuance itself: that event is the one, and it carries this row's citation
                narrated.forEach(e -> ctx.cite(Res.event(e.id()), r));
            } else if (r.has("issued")) {
                DerivedEvents.Kind kind = passedByLegislature(data, issuersByPolicy.getOrDefault(r.id(), List.of())) ? DerivedEvents.ADOPTION : DerivedEvents.ISSUANCE;
                DerivedEvents.of(kind, policy, r, r.get("title_zh"), title, r.get("issued"), ctx);
            }
            if (r.has("effective")) {
                DerivedEvents.of(DerivedEvents.EFFECT, policy, r, r.get("title_zh"), title, r.get("effective"), ctx);
            }
        }
        for (Row r : data.rows(TableCatalog.POLICY_ISSUERS)) {
            Node policy = Res.policy(r.get("policy"));
            String issuer = r.get("agency");
            List<String> table = data.tablesWithId(issuer, List.of(TableCatalog.AGENCIES, TableCatalog.ORGANIZATIONS));
            Node agency = Res.ofTable(table.get(0), issuer);
            out.add(policy, GKG.issuedBy, agency);
            // the issuers take part in the policy's issuance: the narrated event where there is one, else the derived
            List<Row> narrated = narratedByPolicy.getOrDefault(r.get("policy"), List.of());
            if (!narrated.isEmpty()) {
                narrated.forEach(e -> out.add(Res.event(e.id()), GKG.participant, agency));
            } else if (data.row(TableCatalog.POLICIES, r.get("policy")).map(p -> p.has("issued")).orElse(false)) {
                out.add(DerivedEvents.iri(r.get("policy"), DerivedEvents.ISSUANCE.suffix()), GKG.participant, agency);
            }
            ctx.cite(policy, r);
        }
    }

    /** A policy whose every named issuer is a legislature was passed (通过), not issued by an executive body. */
    private static boolean passedByLegislature(CuratedData data, List<Row> issuerRows) {
        return !issuerRows.isEmpty() && issuerRows.stream().allMatch(i -> data.row(TableCatalog.AGENCIES, i.get("agency"))
                .map(a -> a.get("kind").equals("legislature")).orElse(false));
    }

    /** The report's numbered table: part of the report, labelled as the report prints it (表1). */
    private static void reportTable(Node table, Row policy, Emitter out) {
        out.type(table, GKG.ReportTable);
        String number = policy.get("report_table");
        out.text(table, RDFS.Nodes.label, "表" + number, "zh");
        out.text(table, RDFS.Nodes.label, "Table " + number, "en");
        out.typed(table, GKG.tableNumber, number, XSDDatatype.XSDinteger);
        out.add(table, DCTerms.isPartOf.asNode(), Res.report(policy.get("report")));
    }

    /** The rows of a table grouped by one column's value, each group in table order; empty cells are left out. */
    private static Map<String, List<Row>> byColumn(List<Row> rows, String column) {
        Map<String, List<Row>> groups = new HashMap<>();
        for (Row row : rows) {
            if (row.has(column)) groups.computeIfAbsent(row.get(column), k -> new ArrayList<>()).add(row);
        }
        return groups;
    }
}
