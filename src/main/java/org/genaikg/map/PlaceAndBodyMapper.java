package org.genaikg.map;

import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SchemaDO;
import java.util.List;
import org.apache.jena.graph.Node;
import org.genaikg.table.CuratedData;
import org.genaikg.table.Row;
import org.genaikg.table.TableCatalog;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Res;

/** Places, government agencies, organisations and named persons: the actors and where they are. */
final class PlaceAndBodyMapper implements TableMapper {

    @Override
    public void map(MappingContext ctx) {
        CuratedData data = ctx.data();
        Emitter out = ctx.out();
        for (Row r : data.rows(TableCatalog.PLACES)) {
            Node place = Res.place(r.id());
            out.type(place, KindClasses.of(KindClasses.PLACE, r.get("kind")));
            out.labels(place, r.get("name_zh"), r.get("name_en"), r.get("name_en_translated"));
            if (r.has("within")) out.add(place, GKG.within, Res.place(r.get("within")));
            ctx.cite(place, r);
        }
        for (Row r : data.rows(TableCatalog.AGENCIES)) {
            Node agency = Res.agency(r.id());
            out.type(agency, KindClasses.of(KindClasses.AGENCY, r.get("kind")));
            out.labels(agency, r.get("name_zh"), r.get("name_en"), r.get("name_en_translated"));
            if (r.has("parent")) out.add(agency, ORG.subOrganizationOf.asNode(), Res.agency(r.get("parent")));
            if (r.has("jurisdiction")) out.add(agency, GKG.jurisdiction, Res.place(r.get("jurisdiction")));
            ctx.cite(agency, r);
        }
        for (Row r : data.rows(TableCatalog.ORGANIZATIONS)) {
            Node org = Res.organization(r.id());
            out.type(org, KindClasses.of(KindClasses.ORGANIZATION, r.get("kind")));
            out.labels(org, r.get("name_zh"), r.get("name_en"), r.get("name_en_translated"));
            if (r.has("country")) out.add(org, GKG.country, Res.place(r.get("country")));
            if (r.has("location")) out.add(org, GKG.location, Res.place(r.get("location")));
            if (r.has("parent")) out.add(org, ORG.subOrganizationOf.asNode(), Res.organization(r.get("parent")));
            ctx.cite(org, r);
        }
        for (Row r : data.rows(TableCatalog.PERSONS)) {
            Node person = Res.person(r.id());
            out.type(person, GKG.Person);
            out.labels(person, r.get("name_zh"), r.get("name_en"), r.get("name_en_translated"));
            out.text(person, SchemaDO.jobTitle.asNode(), r.get("role_zh"), "zh");
            for (String id : r.list("affiliation")) {
                List<String> table = data.tablesWithId(id, List.of(TableCatalog.AGENCIES, TableCatalog.ORGANIZATIONS));
                out.add(person, SchemaDO.affiliation.asNode(), Res.ofTable(table.get(0), id));
            }
            if (r.has("country")) out.add(person, GKG.country, Res.place(r.get("country")));
            ctx.cite(person, r);
        }
    }
}
