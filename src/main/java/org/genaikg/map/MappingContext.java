package org.genaikg.map;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.genaikg.table.CuratedData;
import org.genaikg.table.Row;
import org.genaikg.table.TableCatalog;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Res;
import org.genaikg.vocab.Std;

/** What every table mapper needs: the checked tables, the emitter, and the provenance links of a row. */
public final class MappingContext {
    private final CuratedData data;
    private final Emitter out;
    private final Map<String, String> footnoteIds = new HashMap<>();

    public MappingContext(CuratedData data, Emitter out) {
        this.data = data;
        this.out = out;
        for (Row s : data.rows(TableCatalog.SOURCES)) footnoteIds.put(s.get("report") + "#" + s.get("number"), s.id());
    }

    public CuratedData data() { return data; }
    public Emitter out() { return out; }

    /**
     * Links a node to where its facts come from: the report (dcterms:source), the section and the footnotes the
     * row cites (prov:wasDerivedFrom), the verbatim quote, and any curator's note.
     */
    public void cite(Node subject, Row row) {
        String report = row.get("report");
        out.add(subject, DCTerms.source.asNode(), Res.report(report));
        out.add(subject, Std.PROV_WAS_DERIVED_FROM, Res.section(report, row.get("section")));
        for (String number : row.list("footnotes")) {
            out.add(subject, Std.PROV_WAS_DERIVED_FROM, Res.source(footnoteIds.get(report + "#" + Integer.parseInt(number))));
        }
        out.text(subject, GKG.quote, row.get("quote_zh"), "zh");
        out.freeText(subject, SKOS.editorialNote.asNode(), row.get("note"));
        out.from(subject, row);
    }
}
