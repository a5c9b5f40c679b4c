package org.genaikg.map;

import org.apache.jena.vocabulary.RDFS;
import java.util.List;
import org.apache.jena.graph.Node;
import org.genaikg.table.CuratedData;
import org.genaikg.table.Row;
import org.genaikg.table.TableCatalog;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Res;

/**
 * Curated events (funding, partnerships, records, meetings …) with their date keys, the agents taking part, the
 * policies or products they concern, and their places.
 */
final class EventMapper implements TableMapper {
    private static final List<String> PARTICIPANT_TABLES = List.of(TableCatalog.AGENCIES, TableCatalog.ORGANIZATIONS,
            TableCatalog.PERSONS);
    private static final List<String> ABOUT_TABLES = List.of(TableCatalog.POLICIES, TableCatalog.MODELS);

    @Override
    public void map(MappingContext ctx) {
        CuratedData data = ctx.data();
        Emitter out = ctx.out();
        for (Row r : data.rows(TableCatalog.EVENTS)) {
            Node event = Res.event(r.id());
            out.type(event, KindClasses.of(KindClasses.EVENT, r.get("kind")));
            out.text(event, RDFS.Nodes.label, r.get("label_zh"), "zh");
            out.text(event, RDFS.Nodes.label, r.get("label_en_translated"), Emitter.TRANSLATED_FROM_CHINESE);
            out.eventDate(event, r.get("date"), r.get("date_basis"));
            for (String id : r.list("participants")) {
                out.add(event, GKG.participant, Res.ofTable(data.tablesWithId(id, PARTICIPANT_TABLES).get(0), id));
            }
            for (String id : r.list("about")) {
                out.add(event, GKG.about, Res.ofTable(data.tablesWithId(id, ABOUT_TABLES).get(0), id));
            }
            // the event that is a policy's issuance (gkg:issuanceOf, a kind of gkg:about)
            if (r.has("issuance_of")) out.add(event, GKG.issuanceOf, Res.policy(r.get("issuance_of")));
            out.text(event, GKG.aboutNone, r.get("no_about"), "en");
            for (String id : r.list("place")) out.add(event, GKG.place, Res.place(id));
            out.decimal(event, GKG.amount, r.get("amount"));
            if (r.has("amount_unit")) out.add(event, GKG.unit, Res.unit(r.get("amount_unit")));
            ctx.cite(event, r);
        }
        for (Row r : data.rows(TableCatalog.UNITS)) {
            Node unit = Res.unit(r.id());
            out.type(unit, GKG.Unit);
            out.labels(unit, r.get("name_zh"), r.get("name_en"));
            out.string(unit, GKG.symbol, r.get("symbol"));
            out.decimal(unit, GKG.multiplier, r.get("multiplier"));
            out.add(unit, GKG.baseUnit, Res.unit(r.get("base")));
            out.from(unit, r);
        }
    }
}
