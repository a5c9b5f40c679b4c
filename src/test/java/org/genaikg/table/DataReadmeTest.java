package org.genaikg.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps {@code data/README.md} in step with {@link TableCatalog}.
 *
 * <p>Convention in the README: each table is documented in a section whose heading names its file in backticks
 * (e.g. {@code ### `statistics/datasets.csv`}); the section holds a Markdown column table whose header row has the
 * cells {@code column | type | required | allowed values / refers to | meaning}, and whose every other row starts
 * with the column's name in backticks. The per-data-set observation tables are documented under
 * {@code `statistics/<dataset-id>.csv`} with one placeholder row {@code `<dimension-id>`} for the dimension columns.
 */
class DataReadmeTest {
    private static final Path README = Path.of("data/README.md");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern BACKTICKED_FILE = Pattern.compile("`([^`]+\\.csv)`");
    private static final String OBSERVATIONS_FILE = "statistics/<dataset-id>.csv";
    private static final String DIMENSION_PLACEHOLDER = "<dimension-id>";

    private static List<Section> sections;

    /** A heading and the lines under it, up to the next heading. */
    record Section(int level, String heading, List<String> lines) {}

    /** One row of a column table: the cells after the column name, by header name. */
    record ColumnRow(String name, String required, String refersTo, String type) {}

    @BeforeAll
    static void read() throws IOException {
        assertTrue(Files.isRegularFile(README), README + " is missing");
        sections = parse(Files.readAllLines(README, StandardCharsets.UTF_8));
    }

    /** Splits the README at its headings (outside code fences); a section's lines end at the next heading. */
    static List<Section> parse(List<String> lines) {
        List<Section> result = new ArrayList<>();
        int level = 0;
        String heading = "";
        List<String> body = new ArrayList<>();
        boolean fenced = false;
        for (String line : lines) {
            if (line.strip().startsWith("```")) fenced = !fenced;
            Matcher m = HEADING.matcher(line);
            if (!fenced && m.matches()) {
                if (level > 0) result.add(new Section(level, heading, List.copyOf(body)));
                level = m.group(1).length();
                heading = m.group(2).strip();
                body.clear();
            } else if (level > 0) {
                body.add(line);
            }
        }
        if (level > 0) result.add(new Section(level, heading, List.copyOf(body)));
        return result;
    }

    private static Section sectionOf(String file) {
        List<Section> found = sections.stream()
                .filter(s -> filesIn(s.heading()).contains(file))
                .toList();
        assertEquals(1, found.size(), "data/README.md must have exactly one section whose heading names `" + file
                + "` in backticks; found " + found.size());
        return found.get(0);
    }

    private static List<String> filesIn(String heading) {
        List<String> files = new ArrayList<>();
        Matcher m = BACKTICKED_FILE.matcher(heading);
        while (m.find()) files.add(m.group(1));
        return files;
    }

    private static List<String> cells(String line) {
        String t = line.strip();
        if (t.startsWith("|")) t = t.substring(1);
        if (t.endsWith("|")) t = t.substring(0, t.length() - 1);
        List<String> cells = new ArrayList<>();
        for (String c : t.split("\\|", -1)) cells.add(c.strip());
        return cells;
    }

    /**
     * The column table of a section: the rows, under a header row starting with {@code column}, whose first cell
     * is a name in backticks. Other tables of the section are ignored.
     */
    private static List<ColumnRow> columnTable(Section section) {
        int required = -1, refersTo = -1, type = -1;
        boolean inColumnTable = false;
        List<ColumnRow> rows = new ArrayList<>();
        for (String line : section.lines()) {
            if (!line.strip().startsWith("|")) {
                inColumnTable = false;
                continue;
            }
            List<String> cells = cells(line);
            if (cells.get(0).equals("column")) {
                inColumnTable = true;
                required = cells.indexOf("required");
                type = cells.indexOf("type");
                refersTo = -1;
                for (int i = 0; i < cells.size(); i++) if (cells.get(i).contains("refers to")) refersTo = i;
                assertTrue(required >= 0 && refersTo >= 0 && type >= 0, "the column table of '" + section.heading()
                        + "' needs the header: column | type | required | allowed values / refers to | meaning");
                continue;
            }
            if (!inColumnTable) continue;
            Matcher m = Pattern.compile("^`([^`]+)`$").matcher(cells.get(0));
            if (!m.matches()) continue;
            rows.add(new ColumnRow(m.group(1), cell(cells, required), cell(cells, refersTo), cell(cells, type)));
        }
        return rows;
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() ? cells.get(i) : "";
    }

    private static String fileOf(String table) {
        for (TableSchema s : TableCatalog.FIXED) if (s.name().equals(table)) return s.file();
        return table + ".csv";
    }

    private static void assertDocuments(TableSchema schema, String file, Set<String> skipReferenceCheck) {
        List<ColumnRow> rows = columnTable(sectionOf(file));
        assertEquals(schema.columnNames(), rows.stream().map(ColumnRow::name).toList(),
                "data/README.md, section `" + file + "`: the column table must list exactly the columns of "
                        + "TableCatalog, in order");
        for (int i = 0; i < rows.size(); i++) {
            ColumnRow row = rows.get(i);
            Column column = schema.columns().get(i);
            String where = "data/README.md, `" + file + "`, column `" + row.name() + "`: ";
            assertEquals(column.required() ? "yes" : "no", row.required(), where + "required flag");
            if (column.isReference() && !skipReferenceCheck.contains(column.name())) {
                for (String target : column.references()) {
                    assertTrue(row.refersTo().contains("`" + fileOf(target) + "`"),
                            where + "must name the referenced table `" + fileOf(target) + "`");
                }
            }
            if (!column.isReference() && row.type().contains("one of")) {
                Matcher m = CODE.matcher(row.refersTo());
                boolean any = false;
                while (m.find()) {
                    any = true;
                    String value = m.group(1);
                    assertTrue(column.type().check(value).isEmpty(), where + "'" + value + "' is not an allowed value");
                }
                assertTrue(any, where + "must list its allowed values in backticks");
                assertFalse(column.type().check("not-an-allowed-value").isEmpty(),
                        where + "is documented as 'one of' but accepts any value");
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFixedTableIsDocumented() {
        return TableCatalog.FIXED.stream().map(schema -> DynamicTest.dynamicTest(schema.file(),
                () -> assertDocuments(schema, schema.file(), Set.of())));
    }

    @Test
    void observationTablesAreDocumented() {
        TableSchema schema = TableCatalog.observations("<dataset-id>", List.of(DIMENSION_PLACEHOLDER),
                List.of(TableCatalog.CODES));
        assertEquals(OBSERVATIONS_FILE, schema.file());
        assertDocuments(schema, OBSERVATIONS_FILE, Set.of(DIMENSION_PLACEHOLDER));
    }

    @Test
    void everyDocumentedTableExists() {
        Set<String> known = new HashSet<>();
        TableCatalog.FIXED.forEach(s -> known.add(s.file()));
        known.add(OBSERVATIONS_FILE);
        for (Section s : sections) {
            if (columnTable(s).isEmpty()) continue;
            List<String> files = filesIn(s.heading());
            if (files.isEmpty()) fail("data/README.md: section '" + s.heading() + "' has a column table but names no table file");
            for (String f : files) {
                assertTrue(known.contains(f), "data/README.md documents `" + f + "`, which TableCatalog does not declare");
            }
        }
    }

    @Test
    void parserFindsColumnsInOrder() {
        List<Section> parsed = parse(List.of(
                "## Tables", "### `x.csv`", "| column | type | required | allowed values / refers to | meaning |",
                "| --- | --- | --- | --- | --- |", "| `id` | id | yes | | the id |", "| `ref` | id (reference) | no | `y.csv` | |",
                "```", "# not a heading", "```", "### `y.csv`", "| column | type | required | allowed values / refers to | meaning |",
                "| `a` | text | yes | | |", "## Counts", "| table | rows |", "| --- | --- |", "| `x.csv` | 3 |"));
        Section x = parsed.stream().filter(s -> s.heading().equals("`x.csv`")).findFirst().orElseThrow();
        List<ColumnRow> rows = columnTable(x);
        assertEquals(List.of("id", "ref"), rows.stream().map(ColumnRow::name).toList());
        assertEquals("no", rows.get(1).required());
        assertEquals("`y.csv`", rows.get(1).refersTo());
        assertEquals(4, parsed.size());
        Section counts = parsed.stream().filter(s -> s.heading().equals("Counts")).findFirst().orElseThrow();
        assertTrue(columnTable(counts).isEmpty(), "a table without the column header is not a column table");
    }
}
