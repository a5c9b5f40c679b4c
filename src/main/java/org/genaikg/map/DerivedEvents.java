package org.genaikg.map;

import org.apache.jena.graph.Node;
import org.genaikg.table.Row;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Res;
import org.genaikg.vocab.Std;

/** Events implied by a dated cell of a policy or product row: its issuance, taking effect or release. */
final class DerivedEvents {
    private DerivedEvents() {}

    static Node iri(String id, String suffix) {
        return Res.event(id + "-" + suffix);
    }

    /** A derived event's kind: its id suffix, class, and the verb its labels start with. */
    record Kind(String suffix, Node type, String zhVerb, String enVerb) {}

    static final Kind ISSUANCE = new Kind("issuance", GKG.PolicyIssuance, "发布", "Issuance");
    // A law passed by a legislature keeps the issuance IRI (IRIs are public) but is typed and labelled as passed.
    static final Kind ADOPTION = new Kind("issuance", GKG.Adoption, "通过", "Adoption");
    static final Kind EFFECT = new Kind("effect", GKG.TakingEffect, "施行", "Taking effect");
    static final Kind RELEASE = new Kind("release", GKG.Release, "发布", "Release");

    /** The event of {@code kind} about {@code about}, named {@code zhName} / {@code enName}, dated {@code date}. */
    static void of(Kind kind, Node about, Row row, String zhName, String enName, String date, MappingContext ctx) {
        Emitter out = ctx.out();
        Node event = iri(row.id(), kind.suffix());
        out.type(event, kind.type());
        out.text(event, Std.RDFS_LABEL, kind.zhVerb() + "：" + zhName, "zh");
        if (!enName.isEmpty()) out.text(event, Std.RDFS_LABEL, kind.enVerb() + ": " + enName, "en");
        out.add(event, GKG.about, about);
        out.eventDate(event, date, row.get("date_inferred"));
        ctx.cite(event, row);
    }
}
