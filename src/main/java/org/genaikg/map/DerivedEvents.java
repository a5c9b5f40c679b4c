package org.genaikg.map;

import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.graph.Node;
import org.genaikg.table.Row;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Res;

/**
 * Events implied by a dated cell of a policy or product row: its issuance, taking effect or release — typed
 * {@code gkg:derived true}, and placed where the policy applies or the product comes from.
 */
final class DerivedEvents {
    private DerivedEvents() {}

    static Node iri(String id, String suffix) {
        return Res.event(id + "-" + suffix);
    }

    /** An English name and its language tag: official ({@code en}) or translated ({@code en-t-zh}). */
    record EnglishName(String text, String lang) {}

    /** The row's official English name ({@code {column}_en}), else its translation ({@code {column}_en_translated}). */
    static EnglishName englishName(Row row, String column) {
        String official = row.get(column + "_en");
        return official.isEmpty()
                ? new EnglishName(row.get(column + "_en_translated"), Emitter.TRANSLATED_FROM_CHINESE)
                : new EnglishName(official, "en");
    }

    /** A derived event's kind: its id suffix, class, and the verb its labels start with. */
    record Kind(String suffix, Node type, String zhVerb, String enVerb) {}

    static final Kind ISSUANCE = new Kind("issuance", GKG.PolicyIssuance, "发布", "Issuance");
    // A law passed by a legislature keeps the issuance IRI (IRIs are public) but is typed and labelled as passed.
    static final Kind ADOPTION = new Kind("issuance", GKG.Adoption, "通过", "Adoption");
    static final Kind EFFECT = new Kind("effect", GKG.TakingEffect, "施行", "Taking effect");
    static final Kind RELEASE = new Kind("release", GKG.Release, "发布", "Release");

    /** The event of {@code kind} about {@code about}, named {@code zhName} / {@code enName}, dated {@code date}. */
    static void of(Kind kind, Node about, Row row, String zhName, EnglishName enName, String date, MappingContext ctx) {
        Emitter out = ctx.out();
        Node event = iri(row.id(), kind.suffix());
        out.type(event, kind.type());
        // marked, so that one pattern keeps or drops the events the graph derives from a dated row
        out.bool(event, GKG.derived, "true");
        out.text(event, RDFS.Nodes.label, kind.zhVerb() + "：" + zhName, "zh");
        if (!enName.text().isEmpty()) {
            out.text(event, RDFS.Nodes.label, kind.enVerb() + ": " + enName.text(), enName.lang());
        }
        out.add(event, GKG.about, about);
        // it happens where the policy applies or the product comes from
        String place = row.schema().column("jurisdiction") != null ? row.get("jurisdiction") : row.get("country");
        if (!place.isEmpty()) out.add(event, GKG.place, Res.place(place));
        out.eventDate(event, date, row.get("date_basis"));
        ctx.cite(event, row);
    }
}
