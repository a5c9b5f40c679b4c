package org.genaikg.map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SKOS;
import org.genaikg.table.CuratedData;
import org.genaikg.table.Row;
import org.genaikg.table.TableCatalog;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Res;

/**
 * The short names a resource is looked for by, as {@code skos:altLabel}s in their language; the body's or
 * product's own abbreviation is also a {@code gkg:officialShortName}, so a query can tell the two apart. Names only:
 * they add no fact and cite no report.
 */
final class AliasMapper implements TableMapper {

    @Override
    public void map(MappingContext ctx) {
        CuratedData data = ctx.data();
        Emitter out = ctx.out();
        for (Row r : data.rows(TableCatalog.ALIASES)) {
            String id = r.get("subject");
            Node subject = Res.ofTable(data.tablesWithId(id, TableCatalog.ALIASED_TABLES).get(0), id);
            out.text(subject, SKOS.altLabel.asNode(), r.get("alias"), r.get("lang"));
            if (Boolean.parseBoolean(r.get("official"))) out.text(subject, GKG.officialShortName, r.get("alias"), r.get("lang"));
        }
    }
}
