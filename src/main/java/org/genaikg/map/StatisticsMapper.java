package org.genaikg.map;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.genaikg.table.CuratedData;
import org.genaikg.table.ReportDate;
import org.genaikg.table.Row;
import org.genaikg.table.Table;
import org.genaikg.table.TableCatalog;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Res;
import org.genaikg.vocab.Std;

/**
 * The report's statistics as RDF Data Cube: one qb:DataSet and structure per data set, dimension properties with
 * SKOS code lists, measures as sub-properties of sdmx-measure:obsValue, the unit and the qualifier as attributes.
 */
final class StatisticsMapper implements TableMapper {
    private static final List<String> CONCERNED_TABLES = List.of(TableCatalog.PLACES, TableCatalog.AGENCIES,
            TableCatalog.ORGANIZATIONS, TableCatalog.POLICIES, TableCatalog.MODELS);

    @Override
    public void map(MappingContext ctx) {
        CuratedData data = ctx.data();
        Emitter out = ctx.out();
        for (Row r : data.rows(TableCatalog.MEASURES)) {
            Node measure = Res.measure(r.id());
            out.type(measure, Std.QB_MEASURE_PROPERTY);
            out.labels(measure, r.get("name_zh"), r.get("name_en"));
            out.add(measure, RDFS.Nodes.subPropertyOf, Std.SDMX_OBS_VALUE);
            out.add(measure, RDFS.Nodes.range, NodeFactory.createURI(XSDDatatype.XSDdecimal.getURI()));
            out.from(measure, r);
        }
        for (Row r : data.rows(TableCatalog.DIMENSIONS)) dimension(r, out);
        java.util.Map<String, Integer> positions = new java.util.HashMap<>();
        for (Row r : data.rows(TableCatalog.CODES)) {
            Node code = Res.code(r.get("dimension"), r.id());
            // the order curators list a code list in is its own (age groups by age), so charts keep it
            out.typed(code, GKG.listOrder, String.valueOf(positions.merge(r.get("dimension"), 1, Integer::sum)),
                    XSDDatatype.XSDinteger);
            Node list = Res.codeList(r.get("dimension"));
            out.type(code, SKOS.Concept.asNode());
            out.labels(code, r.get("name_zh"), r.get("name_en"), r.get("name_en_translated"));
            out.add(code, SKOS.inScheme.asNode(), list);
            out.string(code, SKOS.notation.asNode(), r.id());
            if (r.has("broader")) {
                out.add(code, SKOS.broader.asNode(), Res.code(r.get("dimension"), r.get("broader")));
            } else {
                out.add(code, SKOS.topConceptOf.asNode(), list);
                out.add(list, SKOS.hasTopConcept.asNode(), code);
            }
            if (r.has("change_of")) out.add(code, GKG.changeOf, Res.code(r.get("dimension"), r.get("change_of")));
            for (String id : r.list("concerns")) {
                out.add(code, GKG.concerns, Res.ofTable(data.tablesWithId(id, CONCERNED_TABLES).get(0), id));
            }
            ctx.cite(code, r);
        }
        Map<String, Table> tables = new HashMap<>();
        data.observationTables().forEach(t -> tables.put(t.schema().name(), t));
        for (Row ds : data.rows(TableCatalog.DATASETS)) {
            Table observations = tables.get("statistics/" + ds.id());
            structure(ds, observations, ctx);
            if (observations != null) observations(ds, observations, ctx);
        }
    }

    private static void dimension(Row r, Emitter out) {
        // a dimension whose values are measures is Data Cube's own qb:measureType: it needs no property of its own
        if (r.get("codes").equals(TableCatalog.MEASURES)) return;
        Node dim = Res.dimension(r.id());
        out.type(dim, Std.QB_DIMENSION_PROPERTY);
        out.labels(dim, r.get("name_zh"), r.get("name_en"));
        String values = r.get("codes");
        if (values.equals(TableCatalog.CODES)) {
            Node list = Res.codeList(r.id());
            out.type(dim, Std.QB_CODED_PROPERTY);
            out.add(dim, RDFS.Nodes.range, SKOS.Concept.asNode());
            out.add(dim, Std.QB_CODE_LIST, list);
            out.type(list, SKOS.ConceptScheme.asNode());
            out.labels(list, r.get("name_zh") + "代码表", "Code list: " + r.get("name_en"));
        } else {
            // a dimension whose values are places says where an observation applies: one more way of being placed
            if (values.equals(TableCatalog.PLACES)) out.add(dim, RDFS.Nodes.subPropertyOf, GKG.place);
            out.add(dim, RDFS.Nodes.range, switch (values) {
                case TableCatalog.PLACES -> GKG.Place;
                case TableCatalog.ORGANIZATIONS -> ORG.Organization.asNode();
                case TableCatalog.MODELS -> GKG.AIProduct;
                default -> GKG.ApplicationScenario;
            });
        }
        out.from(dim, r);
    }

    /** The dimension of {@code ds} whose values are measures (its qb:measureType), if it has one. */
    static Optional<String> measureDimension(Row ds, CuratedData data) {
        return ds.list("dimensions").stream()
                .filter(d -> data.row(TableCatalog.DIMENSIONS, d).map(r -> r.get("codes").equals(TableCatalog.MEASURES))
                        .orElse(false))
                .findFirst();
    }

    /** The measures of {@code ds}: its one measure, or those its observations name on its measure dimension. */
    private static List<String> measures(Row ds, Table observations, CuratedData data) {
        Optional<String> byDimension = measureDimension(ds, data);
        if (byDimension.isEmpty()) return List.of(ds.get("measure"));
        if (observations == null) return List.of();
        return observations.rows().stream().map(r -> r.get(byDimension.get())).distinct().sorted().toList();
    }

    private static void structure(Row ds, Table observations, MappingContext ctx) {
        Emitter out = ctx.out();
        Node dataset = Res.dataset(ds.id());
        Node dsd = Res.dsd(ds.id());
        out.type(dataset, Std.QB_DATA_SET);
        out.labels(dataset, ds.get("title_zh"), "", ds.get("title_en_translated"));
        out.text(dataset, DCTerms.title.asNode(), ds.get("title_zh"), "zh");
        out.text(dataset, DCTerms.title.asNode(), ds.get("title_en_translated"), Emitter.TRANSLATED_FROM_CHINESE);
        out.text(dataset, RDFS.Nodes.comment, ds.get("figure"), "zh");
        out.add(dataset, Std.QB_STRUCTURE, dsd);
        ctx.cite(dataset, ds);

        out.type(dsd, Std.QB_DATA_STRUCTURE_DEFINITION);
        out.text(dsd, RDFS.Nodes.label, ds.get("title_zh") + "：数据结构", "zh");
        out.text(dsd, RDFS.Nodes.label, "Structure of: " + ds.get("title_en_translated"),
                Emitter.TRANSLATED_FROM_CHINESE);
        int order = 1;
        component(dsd, ds.id(), "period", Std.QB_DIMENSION, GKG.period, order++, out);
        Optional<String> measureDimension = measureDimension(ds, ctx.data());
        for (String dim : ds.list("dimensions")) {
            Node property = measureDimension.filter(dim::equals).isPresent() ? Std.QB_MEASURE_TYPE : Res.dimension(dim);
            component(dsd, ds.id(), dim, Std.QB_DIMENSION, property, order++, out);
        }
        List<String> measures = measures(ds, observations, ctx.data());
        for (String measure : measures) {
            String name = measures.size() == 1 ? "measure" : "measure-" + measure;
            component(dsd, ds.id(), name, Std.QB_MEASURE, Res.measure(measure), order++, out);
        }
        component(dsd, ds.id(), "unit", Std.QB_ATTRIBUTE, Std.SDMX_UNIT_MEASURE, order++, out);
        component(dsd, ds.id(), "qualifier", Std.QB_ATTRIBUTE, GKG.qualifier, order, out);
    }

    private static void component(Node dsd, String dataset, String name, Node role, Node property, int order, Emitter out) {
        Node spec = Res.component(dataset, name);
        out.add(dsd, Std.QB_COMPONENT, spec);
        out.type(spec, Std.QB_COMPONENT_SPECIFICATION);
        out.add(spec, role, property);
        out.typed(spec, Std.QB_ORDER, String.valueOf(order), XSDDatatype.XSDinteger);
        if (role.equals(Std.QB_ATTRIBUTE)) {
            out.typed(spec, Std.QB_COMPONENT_REQUIRED, "true", XSDDatatype.XSDboolean);
        }
    }

    private static String englishName(Row row, String id) {
        if (row.has("name_en")) return row.get("name_en");
        return row.has("name_en_translated") ? row.get("name_en_translated") : id;
    }

    private static void observations(Row ds, Table table, MappingContext ctx) {
        Emitter out = ctx.out();
        CuratedData data = ctx.data();
        Node dataset = Res.dataset(ds.id());
        Optional<String> measureDimension = measureDimension(ds, data);
        List<String> dims = ds.list("dimensions");
        for (Row r : table.rows()) {
            Node obs = Res.observation(ds.id(), r.id());
            out.type(obs, Std.QB_OBSERVATION);
            out.add(obs, Std.QB_DATA_SET_PROP, dataset);
            ReportDate period = ReportDate.of(r.get("period"));
            out.add(obs, GKG.period, Emitter.faithful(period));
            out.add(obs, GKG.periodStart, Emitter.day(period.start()));
            out.add(obs, GKG.periodEnd, Emitter.day(period.end()));
            out.uniformDate(obs, r.get("period"), r.get("date_basis"));
            // a period the report does not give is not printed as if it did: the label says it is not stated
            boolean stated = DateBasis.of(r.get("date_basis")).givenByReport();
            List<String> zhParts = new ArrayList<>(List.of(ds.get("title_zh"),
                    stated ? r.get("period") : "报告未注明时间"));
            List<String> enParts = new ArrayList<>(List.of(ds.get("title_en_translated"),
                    stated ? r.get("period") : "date not stated in the report"));
            for (String dim : dims) {
                String value = r.get(dim);
                String valueTable = data.row(TableCatalog.DIMENSIONS, dim).orElseThrow().get("codes");
                if (valueTable.equals(TableCatalog.MEASURES)) {
                    out.add(obs, Std.QB_MEASURE_TYPE, Res.measure(value));
                } else {
                    Node node = valueTable.equals(TableCatalog.CODES) ? Res.code(dim, value) : Res.ofTable(valueTable, value);
                    out.add(obs, Res.dimension(dim), node);
                }
                Row valueRow = data.row(valueTable, value).orElseThrow();
                zhParts.add(valueRow.get("name_zh"));
                enParts.add(englishName(valueRow, value));
            }
            out.text(obs, RDFS.Nodes.label, String.join(" · ", zhParts), "zh");
            out.text(obs, RDFS.Nodes.label, String.join(" · ", enParts), Emitter.TRANSLATED_FROM_CHINESE);
            Node measure = Res.measure(measureDimension.map(r::get).orElse(ds.get("measure")));
            out.decimal(obs, measure, r.get("value"));
            // the common measure, so that one query reads every data set
            out.decimal(obs, Std.SDMX_OBS_VALUE, r.get("value"));
            out.add(obs, Std.SDMX_UNIT_MEASURE, Res.unit(r.get("unit")));
            out.add(obs, GKG.qualifier, KindClasses.of(KindClasses.QUALIFIER, r.get("qualifier")));
            ctx.cite(obs, r);
        }
    }
}
