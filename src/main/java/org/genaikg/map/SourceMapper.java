package org.genaikg.map;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.genaikg.table.CuratedData;
import org.genaikg.table.Row;
import org.genaikg.table.TableCatalog;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Res;

/** Reports, their sections and their footnotes: the sources every other fact points to. */
final class SourceMapper implements TableMapper {

    @Override
    public void map(MappingContext ctx) {
        CuratedData data = ctx.data();
        Emitter out = ctx.out();
        for (Row r : data.rows(TableCatalog.REPORTS)) {
            Node report = Res.report(r.id());
            out.type(report, GKG.Report);
            out.labels(report, r.get("title_zh"), r.get("title_en"), r.get("title_en_translated"));
            out.text(report, DCTerms.title.asNode(), r.get("title_zh"), "zh");
            out.text(report, DCTerms.title.asNode(), r.get("title_en"), "en");
            if (!r.has("title_en")) {
                out.text(report, DCTerms.title.asNode(), r.get("title_en_translated"), Emitter.TRANSLATED_FROM_CHINESE);
            }
            out.add(report, DCTerms.publisher.asNode(), Res.organization(r.get("publisher")));
            out.date(report, DCTerms.issued.asNode(), null, null, r.get("published"));
            out.url(report, SchemaDO.url.asNode(), r.get("url"));
            out.text(report, RDFS.Nodes.comment, r.get("attribution"), "zh");
            out.from(report, r);
        }
        // each cited section once, however many rows cite it
        java.util.Set<Node> sections = new java.util.HashSet<>();
        for (org.genaikg.table.Table table : data.tables().values()) {
            if (table.schema().column("section") == null) continue;
            for (Row r : table.rows()) {
                if (sections.add(Res.section(r.get("report"), r.get("section")))) {
                    section(r.get("report"), r.get("section"), out);
                }
            }
        }
        for (Row r : data.rows(TableCatalog.SOURCES)) {
            Node note = Res.source(r.id());
            out.type(note, GKG.Footnote);
            int number = Integer.parseInt(r.get("number"));
            out.text(note, RDFS.Nodes.label, "脚注" + number, "zh");
            out.text(note, RDFS.Nodes.label, "Footnote " + number, "en");
            out.typed(note, GKG.footnoteNumber, String.valueOf(number), XSDDatatype.XSDinteger);
            out.add(note, GKG.footnoteKind, KindClasses.of(KindClasses.FOOTNOTE_KIND, r.get("kind")));
            out.text(note, DCTerms.publisher.asNode(), r.get("publisher_zh"), "zh");
            if (r.has("publisher")) {
                String id = r.get("publisher");
                Node publisher = Res.ofTable(data.tablesWithId(id, List.of(TableCatalog.AGENCIES, TableCatalog.ORGANIZATIONS)).get(0), id);
                out.add(note, SchemaDO.publisher.asNode(), publisher);
            }
            out.url(note, SchemaDO.url.asNode(), r.get("url"));
            out.date(note, DCTerms.issued.asNode(), null, null, r.get("published"));
            out.text(note, GKG.text, r.get("text_zh"), "zh");
            out.add(note, DCTerms.isPartOf.asNode(), Res.report(r.get("report")));
            out.add(note, GKG.citedIn, Res.section(r.get("report"), r.get("section")));
            out.freeText(note, SKOS.editorialNote.asNode(), r.get("note"));
            out.from(note, r);
        }
    }

    private static void section(String report, String number, Emitter out) {
        Node section = Res.section(report, number);
        out.type(section, GKG.ReportSection);
        out.string(section, GKG.sectionNumber, number);
        out.add(section, DCTerms.isPartOf.asNode(), Res.report(report));
        boolean preface = number.equals("preface");
        out.text(section, RDFS.Nodes.label, preface ? "前言" : "第" + number + "节", "zh");
        out.text(section, RDFS.Nodes.label, preface ? "Preface" : "Section " + number, "en");
    }
}
