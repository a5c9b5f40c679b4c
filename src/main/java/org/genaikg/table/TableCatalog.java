package org.genaikg.table;

import static org.genaikg.table.ColumnType.BOOLEAN;
import static org.genaikg.table.ColumnType.DATE;
import static org.genaikg.table.ColumnType.DECIMAL;
import static org.genaikg.table.ColumnType.ENGLISH;
import static org.genaikg.table.ColumnType.PERIOD;
import static org.genaikg.table.ColumnType.POSITIVE_INTEGER;
import static org.genaikg.table.ColumnType.SECTION_NUMBER;
import static org.genaikg.table.ColumnType.TEXT;
import static org.genaikg.table.ColumnType.URL;
import static org.genaikg.table.ColumnType.listOf;
import static org.genaikg.table.ColumnType.oneOf;

import java.util.List;

/**
 * The schema of every table under {@code data/}. Documented for curators in {@code data/README.md};
 * the two must change together.
 */
public final class TableCatalog {
    private TableCatalog() {}

    public static final String REPORTS = "reports";
    public static final String SOURCES = "sources";
    public static final String PLACES = "places";
    public static final String AGENCIES = "agencies";
    public static final String ORGANIZATIONS = "organizations";
    public static final String PERSONS = "persons";
    public static final String POLICIES = "policies";
    public static final String POLICY_ISSUERS = "policy_issuers";
    public static final String SCENARIOS = "scenarios";
    public static final String TERMS = "terms";
    public static final String MODELS = "models";
    public static final String MODEL_SCENARIOS = "model_scenarios";
    public static final String MODEL_BASES = "model_bases";
    public static final String MODEL_FIGURES = "model_figures";
    public static final String EVENTS = "events";
    public static final String UNITS = "units";
    public static final String DATASETS = "datasets";
    public static final String DIMENSIONS = "dimensions";
    public static final String CODES = "codes";
    public static final String MEASURES = "measures";
    public static final String METRICS = "metrics";
    public static final String ALIASES = "aliases";
    /** The tables whose rows may have aliases: the kinds people look for by a short name. */
    public static final List<String> ALIASED_TABLES = List.of(PLACES, AGENCIES, ORGANIZATIONS, PERSONS, POLICIES,
            MODELS, SCENARIOS, TERMS);
    /**
     * Not a table of facts: the report's numbers and titles the graph does not carry, each with where it stands and
     * why. The coverage check reads it; the mapping never does.
     */
    public static final String NOT_MODELLED_FILE = "not-modelled.csv";

    public static final List<String> QUALIFIERS = List.of("eq", "gt", "ge", "lt", "le", "approx", "est");
    /**
     * Where a row's date comes from: empty (stated in the cited span), {@code context} (stated elsewhere in the
     * report or relatively, e.g. 今年2月, and resolved from its context), {@code source-publication} or
     * {@code report-publication} (the report states no date; the value is the publication date of the cited
     * source or of the report itself).
     */
    public static final List<String> DATE_BASES = List.of("context", "as-of", "source-publication", "report-publication");
    private static final ColumnType DATE_BASIS = oneOf(DATE_BASES.toArray(String[]::new));
    /** What a dimension's values are; a dimension whose values are measures is its data set's qb:measureType. */
    public static final List<String> DIMENSION_VALUE_TABLES = List.of(CODES, PLACES, ORGANIZATIONS, MODELS, SCENARIOS,
            MEASURES);

    public static final TableSchema REPORTS_SCHEMA = TableSchema.create(REPORTS)
            .id("id")
            .required("title_zh", TEXT)
            .optional("title_en", ENGLISH)
            .optional("title_en_translated", ENGLISH)
            .ref("publisher", true, ORGANIZATIONS)
            .required("published", DATE)
            .optional("url", URL)
            .required("text", TEXT)
            .required("attribution", TEXT)
            .build();

    public static final TableSchema SOURCES_SCHEMA = TableSchema.create(SOURCES)
            .id("id")
            .ref("report", true, REPORTS)
            .required("number", POSITIVE_INTEGER)
            .required("kind", oneOf("citation", "definition", "explanation"))
            .optional("publisher_zh", TEXT)
            .ref("publisher", false, AGENCIES, ORGANIZATIONS)
            .optional("url", URL)
            .optional("published", DATE)
            .required("text_zh", TEXT)
            .required("section", SECTION_NUMBER)
            .optional("note", TEXT)
            .build();

    public static final TableSchema PLACES_SCHEMA = TableSchema.create(PLACES)
            .id("id")
            .required("kind", oneOf("country", "bloc", "region", "province", "municipality", "autonomous-region",
                    "special-administrative-region", "city", "district", "subdistrict"))
            .required("name_zh", TEXT)
            .optional("name_en", ENGLISH)
            .optional("name_en_translated", ENGLISH)
            .ref("within", false, PLACES)
            .provenance()
            .build();

    public static final TableSchema AGENCIES_SCHEMA = TableSchema.create(AGENCIES)
            .id("id")
            .required("kind", oneOf("government", "ministry", "commission", "administration", "bureau",
                    "standards-committee", "legislature", "council", "other"))
            .required("name_zh", TEXT)
            .optional("name_en", ENGLISH)
            .optional("name_en_translated", ENGLISH)
            .ref("parent", false, AGENCIES)
            .ref("jurisdiction", false, PLACES)
            .provenance()
            .build();

    public static final TableSchema ORGANIZATIONS_SCHEMA = TableSchema.create(ORGANIZATIONS)
            .id("id")
            .required("kind", oneOf("company", "research-institute", "university", "alliance", "association",
                    "laboratory", "hospital", "media", "other"))
            .required("name_zh", TEXT)
            .optional("name_en", ENGLISH)
            .optional("name_en_translated", ENGLISH)
            .ref("country", false, PLACES)
            .ref("location", false, PLACES)
            .ref("parent", false, ORGANIZATIONS)
            .provenance()
            .build();

    public static final TableSchema PERSONS_SCHEMA = TableSchema.create(PERSONS)
            .id("id")
            .required("name_zh", TEXT)
            .optional("name_en", ENGLISH)
            .optional("name_en_translated", ENGLISH)
            .optional("role_zh", TEXT)
            .refs("affiliation", false, AGENCIES, ORGANIZATIONS)
            .ref("country", false, PLACES)
            .provenance()
            .build();

    public static final TableSchema POLICIES_SCHEMA = TableSchema.create(POLICIES)
            .id("id")
            .required("kind", oneOf("law", "regulation", "measures", "plan", "strategy", "action-plan", "guideline",
                    "standard", "executive-order", "bill", "initiative", "programme", "fund", "framework", "list",
                    "notice", "opinion", "other"))
            .required("title_zh", TEXT)
            .optional("title_en", ENGLISH)
            .optional("title_en_translated", ENGLISH)
            .ref("jurisdiction", false, PLACES)
            .optional("issued", PERIOD)
            .optional("effective", DATE)
            .optional("category", oneOf("industry-enabling", "standards-norms"))
            .optional("status", oneOf("proposed", "draft", "in-force", "cancelled", "revoked"))
            .optional("more_issuers", BOOLEAN)
            .optional("report_table", POSITIVE_INTEGER)
            .optional("date_basis", DATE_BASIS)
            .provenance()
            .build();

    public static final TableSchema POLICY_ISSUERS_SCHEMA = TableSchema.create(POLICY_ISSUERS)
            .ref("policy", true, POLICIES)
            .ref("agency", true, AGENCIES, ORGANIZATIONS)
            .provenance()
            .build();

    public static final TableSchema TERMS_SCHEMA = TableSchema.create(TERMS)
            .id("id")
            .required("name_zh", TEXT)
            .optional("name_en", ENGLISH)
            .optional("name_en_translated", ENGLISH)
            .provenance()
            .build();

    public static final TableSchema SCENARIOS_SCHEMA = TableSchema.create(SCENARIOS)
            .id("id")
            .required("name_zh", TEXT)
            .optional("name_en", ENGLISH)
            .optional("name_en_translated", ENGLISH)
            .ref("broader", false, SCENARIOS)
            .provenance()
            .build();

    public static final TableSchema MODELS_SCHEMA = TableSchema.create(MODELS)
            .id("id")
            .required("kind", oneOf("foundation-model", "domain-model", "application", "agent", "platform", "chip",
                    "hardware", "robot", "benchmark", "category", "technique"))
            .required("name_zh", TEXT)
            .optional("name_en", ENGLISH)
            .optional("name_en_translated", ENGLISH)
            .refs("developer", false, ORGANIZATIONS)
            .ref("country", false, PLACES)
            .optional("released", DATE)
            .optional("modalities", listOf(oneOf("text", "image", "video", "audio", "code", "3d", "multimodal")))
            .optional("reasoning", BOOLEAN)
            .optional("lightweight", BOOLEAN)
            .optional("open_source", BOOLEAN)
            .ref("previous_version", false, MODELS)
            .ref("family", false, MODELS)
            .optional("more_developers", BOOLEAN)
            .optional("date_basis", DATE_BASIS)
            .provenance()
            .build();

    public static final TableSchema MODEL_SCENARIOS_SCHEMA = TableSchema.create(MODEL_SCENARIOS)
            .ref("model", true, MODELS)
            .ref("scenario", true, SCENARIOS)
            .provenance()
            .build();

    public static final TableSchema MODEL_BASES_SCHEMA = TableSchema.create(MODEL_BASES)
            .ref("model", true, MODELS)
            .ref("base", true, MODELS)
            .provenance()
            .build();

    public static final TableSchema MODEL_FIGURES_SCHEMA = TableSchema.create(MODEL_FIGURES)
            .id("id")
            .ref("model", true, MODELS)
            .ref("metric", true, METRICS)
            .required("value", DECIMAL)
            .ref("unit", true, UNITS)
            .required("qualifier", oneOf(QUALIFIERS.toArray(String[]::new)))
            .optional("as_of", PERIOD)
            .required("description_zh", TEXT)
            .optional("description_en_translated", ENGLISH)
            .optional("date_basis", DATE_BASIS)
            .provenance()
            .build();

    public static final TableSchema EVENTS_SCHEMA = TableSchema.create(EVENTS)
            .id("id")
            .required("kind", oneOf("funding", "investment", "partnership", "agreement", "record", "milestone",
                    "announcement", "establishment", "meeting", "launch", "adoption", "other"))
            .required("date", PERIOD)
            .optional("date_basis", DATE_BASIS)
            .required("label_zh", TEXT)
            .optional("label_en_translated", ENGLISH)
            .refs("participants", false, AGENCIES, ORGANIZATIONS, PERSONS)
            .refs("about", false, POLICIES, MODELS)
            .ref("issuance_of", false, POLICIES)
            .optional("no_about", ENGLISH)
            .refs("place", false, PLACES)
            .optional("amount", DECIMAL)
            .ref("amount_unit", false, UNITS)
            .provenance()
            .build();

    public static final TableSchema UNITS_SCHEMA = TableSchema.create(UNITS)
            .id("id")
            .required("name_zh", TEXT)
            .required("name_en", ENGLISH)
            .optional("symbol", TEXT)
            .required("multiplier", DECIMAL)
            .ref("base", true, UNITS)
            .build();

    public static final TableSchema DATASETS_SCHEMA = TableSchema.create(DATASETS)
            .file("statistics/datasets.csv")
            .id("id")
            .required("title_zh", TEXT)
            .required("title_en_translated", ENGLISH)
            .ref("measure", false, MEASURES)
            .ref("unit", true, UNITS)
            .refs("dimensions", false, DIMENSIONS)
            .optional("figure", TEXT)
            .provenance()
            .build();

    public static final TableSchema DIMENSIONS_SCHEMA = TableSchema.create(DIMENSIONS)
            .file("statistics/dimensions.csv")
            .id("id")
            .required("name_zh", TEXT)
            .required("name_en", ENGLISH)
            .required("codes", oneOf(DIMENSION_VALUE_TABLES.toArray(String[]::new)))
            .build();

    /** What a stated figure measures: the project's code list of metrics (accuracy, parameters …). */
    public static final TableSchema METRICS_SCHEMA = TableSchema.create(METRICS)
            .file("metrics.csv")
            .id("id")
            .required("name_zh", TEXT)
            .required("name_en", ENGLISH)
            .build();

    public static final TableSchema MEASURES_SCHEMA = TableSchema.create(MEASURES)
            .file("statistics/measures.csv")
            .id("id")
            .required("name_zh", TEXT)
            .required("name_en", ENGLISH)
            .build();

    public static final TableSchema CODES_SCHEMA = TableSchema.create(CODES)
            .file("statistics/codes.csv")
            .id("id")
            .ref("dimension", true, DIMENSIONS)
            .required("name_zh", TEXT)
            .optional("name_en", ENGLISH)
            .optional("name_en_translated", ENGLISH)
            .ref("broader", false, CODES)
            .ref("change_of", false, CODES)
            .refs("concerns", false, PLACES, AGENCIES, ORGANIZATIONS, POLICIES, MODELS)
            .provenance()
            .build();

    /**
     * Short names and other names a resource is looked for by (US, EU, 网信办, CAC, Qwen), which the report does not
     * use: names, never facts, so the rows cite no report. {@code official} marks the body's or product's own
     * abbreviation; the rest are standard short names.
     */
    public static final TableSchema ALIASES_SCHEMA = TableSchema.create(ALIASES)
            .ref("subject", true, ALIASED_TABLES.toArray(String[]::new))
            .required("alias", TEXT)
            .required("lang", oneOf("zh", "en"))
            .required("official", BOOLEAN)
            .required("note", TEXT)
            .build();

    /** The tables every data folder has, in the order they are read. */
    public static final List<TableSchema> FIXED = List.of(REPORTS_SCHEMA, SOURCES_SCHEMA, UNITS_SCHEMA, PLACES_SCHEMA,
            AGENCIES_SCHEMA, ORGANIZATIONS_SCHEMA, PERSONS_SCHEMA, POLICIES_SCHEMA, POLICY_ISSUERS_SCHEMA, SCENARIOS_SCHEMA, TERMS_SCHEMA,
            MODELS_SCHEMA, MODEL_SCENARIOS_SCHEMA, MODEL_BASES_SCHEMA, METRICS_SCHEMA, MODEL_FIGURES_SCHEMA, EVENTS_SCHEMA, MEASURES_SCHEMA,
            DATASETS_SCHEMA, DIMENSIONS_SCHEMA, CODES_SCHEMA, ALIASES_SCHEMA);

    /**
     * The schema of one statistics data set's observation table, from its row in {@code datasets.csv}: one
     * column per dimension, named after the dimension, holding ids of the dimension's value table.
     */
    public static TableSchema observations(String datasetId, List<String> dimensionIds, List<String> valueTables) {
        TableSchema.Builder b = TableSchema.create("statistics/" + datasetId)
                .file("statistics/" + datasetId + ".csv")
                .id("id")
                .required("period", PERIOD);
        for (int i = 0; i < dimensionIds.size(); i++) b.ref(dimensionIds.get(i), true, valueTables.get(i));
        return b.required("value", DECIMAL)
                .ref("unit", true, UNITS)
                .required("qualifier", oneOf(QUALIFIERS.toArray(String[]::new)))
                .optional("date_basis", DATE_BASIS)
                .provenance()
                .build();
    }
}
