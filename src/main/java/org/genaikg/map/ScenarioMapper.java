package org.genaikg.map;

import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.graph.Node;
import org.genaikg.table.CuratedData;
import org.genaikg.table.Row;
import org.genaikg.table.TableCatalog;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Res;

/** The application scenarios as one SKOS concept scheme, broader and narrower both stated for easy browsing. */
final class ScenarioMapper implements TableMapper {

    @Override
    public void map(MappingContext ctx) {
        CuratedData data = ctx.data();
        Emitter out = ctx.out();
        Node scheme = Res.scenarioScheme();
        out.type(scheme, SKOS.ConceptScheme.asNode());
        out.labels(scheme, "生成式人工智能应用场景", "Application scenarios of generative AI");
        for (Row r : data.rows(TableCatalog.SCENARIOS)) {
            Node concept = Res.scenario(r.id());
            out.type(concept, GKG.ApplicationScenario);
            out.labels(concept, r.get("name_zh"), r.get("name_en"), r.get("name_en_translated"));
            out.add(concept, SKOS.inScheme.asNode(), scheme);
            out.string(concept, SKOS.notation.asNode(), r.id());
            if (r.has("broader")) {
                Node broader = Res.scenario(r.get("broader"));
                out.add(concept, SKOS.broader.asNode(), broader);
                out.add(broader, SKOS.narrower.asNode(), concept);
            } else {
                out.add(concept, SKOS.topConceptOf.asNode(), scheme);
                out.add(scheme, SKOS.hasTopConcept.asNode(), concept);
            }
            ctx.cite(concept, r);
        }
    }
}
