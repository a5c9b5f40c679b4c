package org.genaikg.map;

import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.graph.Node;
import org.genaikg.table.CuratedData;
import org.genaikg.table.Row;
import org.genaikg.table.TableCatalog;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Res;

/** AI models and products, the scenarios they serve, the figures stated about them, and their releases. */
final class ProductMapper implements TableMapper {
    /** The code list of what stated figures measure (data/metrics.csv), beside the statistics' code lists. */
    static final String METRIC_SCHEME = "metric";

    @Override
    public void map(MappingContext ctx) {
        metrics(ctx);
        CuratedData data = ctx.data();
        Emitter out = ctx.out();
        for (Row r : data.rows(TableCatalog.MODELS)) {
            Node product = Res.model(r.id());
            out.type(product, KindClasses.of(KindClasses.PRODUCT, r.get("kind")));
            out.labels(product, r.get("name_zh"), r.get("name_en"), r.get("name_en_translated"));
            for (String dev : r.list("developer")) out.add(product, GKG.developer, Res.organization(dev));
            if (r.has("country")) out.add(product, GKG.country, Res.place(r.get("country")));
            out.date(product, GKG.released, GKG.releasedStart, GKG.releasedEnd, r.get("released"));
            for (String m : r.list("modalities")) out.add(product, GKG.modality, KindClasses.of(KindClasses.MODALITY, m));
            out.bool(product, GKG.reasoning, r.get("reasoning"));
            out.bool(product, GKG.lightweight, r.get("lightweight"));
            out.bool(product, GKG.openSource, r.get("open_source"));
            if (r.has("previous_version")) out.add(product, GKG.previousVersion, Res.model(r.get("previous_version")));
            if (r.has("family")) {
                // both directions, so that a family's page and a query from either end find its versions
                out.add(product, GKG.versionOf, Res.model(r.get("family")));
                out.add(Res.model(r.get("family")), GKG.hasVersion, product);
            }
            out.bool(product, GKG.moreDevelopers, r.get("more_developers"));
            out.uniformDate(product, r.get("released"), r.get("date_basis"));
            ctx.cite(product, r);
            if (r.has("released")) {
                DerivedEvents.EnglishName name = DerivedEvents.englishName(r, "name");
                DerivedEvents.of(DerivedEvents.RELEASE, product, r, r.get("name_zh"), name, r.get("released"), ctx);
                for (String dev : r.list("developer")) {
                    out.add(DerivedEvents.iri(r.id(), "release"), GKG.participant, Res.organization(dev));
                }
            }
        }
        for (Row r : data.rows(TableCatalog.MODEL_SCENARIOS)) {
            Node product = Res.model(r.get("model"));
            out.add(product, GKG.servesScenario, Res.scenario(r.get("scenario")));
            ctx.cite(product, r);
        }
        for (Row r : data.rows(TableCatalog.MODEL_BASES)) {
            Node product = Res.model(r.get("model"));
            Node base = Res.model(r.get("base"));
            out.add(product, GKG.builtOn, base);
            // the inverse is stated too, so that a base model's own page and triples list what is built on it
            out.add(base, GKG.basisOf, product);
            ctx.cite(product, r);
        }
        for (Row r : data.rows(TableCatalog.MODEL_FIGURES)) {
            Node figure = Res.figure(r.id());
            Node product = Res.model(r.get("model"));
            Row model = data.row(TableCatalog.MODELS, r.get("model")).orElseThrow();
            out.type(figure, GKG.StatedFigure);
            out.text(figure, RDFS.Nodes.label, named(model.get("name_zh"), "：", r.get("description_zh")), "zh");
            if (r.has("description_en_translated")) {
                String modelName = DerivedEvents.englishName(model, "name").text();
                out.text(figure, RDFS.Nodes.label, named(modelName, ": ", r.get("description_en_translated")),
                        Emitter.TRANSLATED_FROM_CHINESE);
            }
            out.add(product, GKG.statedFigure, figure);
            out.add(figure, GKG.metric, Res.code(METRIC_SCHEME, r.get("metric")));
            out.decimal(figure, SchemaDO.value.asNode(), r.get("value"));
            out.add(figure, GKG.unit, Res.unit(r.get("unit")));
            out.add(figure, GKG.qualifier, KindClasses.of(KindClasses.QUALIFIER, r.get("qualifier")));
            out.date(figure, GKG.asOf, null, null, r.get("as_of"));
            out.uniformDate(figure, r.get("as_of"), r.get("date_basis"));
            out.text(figure, SchemaDO.description.asNode(), r.get("description_zh"), "zh");
            ctx.cite(figure, r);
        }
    }

    /** A figure's label: its description, after the product's name unless the description names it already. */
    private static String named(String product, String separator, String description) {
        return description.toLowerCase(java.util.Locale.ROOT).contains(product.toLowerCase(java.util.Locale.ROOT))
                ? description : product + separator + description;
    }

    /** The metrics as a SKOS code list, so that figures of one kind are found by one concept, not by a string. */
    private static void metrics(MappingContext ctx) {
        Emitter out = ctx.out();
        Node scheme = Res.codeList(METRIC_SCHEME);
        out.type(scheme, SKOS.ConceptScheme.asNode());
        out.labels(scheme, "陈述数值指标代码表", "Code list: metrics of stated figures");
        for (Row r : ctx.data().rows(TableCatalog.METRICS)) {
            Node metric = Res.code(METRIC_SCHEME, r.id());
            out.type(metric, SKOS.Concept.asNode());
            out.labels(metric, r.get("name_zh"), r.get("name_en"));
            out.string(metric, SKOS.notation.asNode(), r.id());
            out.add(metric, SKOS.inScheme.asNode(), scheme);
            out.add(scheme, SKOS.hasTopConcept.asNode(), metric);
            out.from(metric, r);
        }
    }
}
