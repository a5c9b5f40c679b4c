package org.genaikg.map;

import org.apache.jena.vocabulary.SKOS;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.genaikg.table.CuratedData;
import org.genaikg.table.Row;
import org.genaikg.table.TableCatalog;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Res;

/**
 * The terms the report defines in its footnotes (幻觉, 剪枝 …) as one SKOS concept scheme. Each term's definition is
 * the text of the footnote that defines it, so a definition footnote is linked to what it defines.
 */
final class TermMapper implements TableMapper {

    @Override
    public void map(MappingContext ctx) {
        CuratedData data = ctx.data();
        Emitter out = ctx.out();
        if (data.rows(TableCatalog.TERMS).isEmpty()) return;
        Map<String, Row> footnotes = new HashMap<>();
        for (Row s : data.rows(TableCatalog.SOURCES)) footnotes.put(s.get("report") + "#" + s.get("number"), s);
        Node scheme = Res.termScheme();
        out.type(scheme, SKOS.ConceptScheme.asNode());
        out.labels(scheme, "报告定义的术语", "Terms defined in the report");
        for (Row r : data.rows(TableCatalog.TERMS)) {
            Node term = Res.term(r.id());
            out.type(term, GKG.Term);
            out.labels(term, r.get("name_zh"), r.get("name_en"), r.get("name_en_translated"));
            out.add(term, SKOS.inScheme.asNode(), scheme);
            out.add(term, SKOS.topConceptOf.asNode(), scheme);
            out.add(scheme, SKOS.hasTopConcept.asNode(), term);
            out.string(term, SKOS.notation.asNode(), r.id());
            for (String number : r.list("footnotes")) {
                Row footnote = footnotes.get(r.get("report") + "#" + Integer.parseInt(number));
                if (footnote.get("kind").equals("definition")) out.text(term, SKOS.definition.asNode(), footnote.get("text_zh"), "zh");
            }
            ctx.cite(term, r);
        }
    }
}
