package org.genaikg.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The row counts that data/README.md gives are the tables' real counts. */
class DataReadmeCountsTest {
    private static final Pattern COUNT = Pattern.compile("^\\| `([^`<]+\\.csv)` \\| (\\d+) \\|$", Pattern.MULTILINE);

    @Test
    void rowCountsMatchTheTables() throws IOException {
        String readme = Files.readString(Path.of("data/README.md"));
        String section = readme.substring(readme.indexOf("## Row counts"));
        CuratedData data = CuratedData.load(Path.of("data"), "data");
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (Table t : data.tables().values()) actual.put(t.schema().file(), t.rows().size());
        Matcher m = COUNT.matcher(section);
        int checked = 0;
        while (m.find()) {
            assertEquals(actual.get(m.group(1)), Integer.valueOf(m.group(2)), "data/README.md count of " + m.group(1));
            checked++;
        }
        assertTrue(checked > 40, "counts checked: " + checked);
    }

    private static final Pattern BASES = Pattern.compile(
            "^\\| `([^`]+\\.csv)` \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|$", Pattern.MULTILINE);
    private static final List<String> DATE_COLUMNS = List.of("period", "date", "as_of", "issued", "effective", "released");
    private static final List<String> BASIS_ORDER = List.of("", "context", "as-of", "source-publication", "report-publication");

    @Test
    void dateBasisCountsMatchTheTables() throws IOException {
        String readme = Files.readString(Path.of("data/README.md"));
        String section = readme.substring(readme.indexOf("## Date bases"));
        CuratedData data = CuratedData.load(Path.of("data"), "data");
        Map<String, int[]> actual = new LinkedHashMap<>();
        for (Table t : data.tables().values()) {
            if (!t.schema().columnNames().contains("date_basis")) continue;
            String key = t.schema().file().startsWith("statistics/") && !t.schema().file().equals("statistics/codes.csv")
                    ? "statistics/<dataset-id>.csv" : t.schema().file();
            int[] counts = actual.computeIfAbsent(key, k -> new int[BASIS_ORDER.size()]);
            for (Row r : t.rows()) {
                if (DATE_COLUMNS.stream().anyMatch(c -> t.schema().columnNames().contains(c) && r.has(c))) {
                    counts[BASIS_ORDER.indexOf(r.get("date_basis"))]++;
                }
            }
        }
        Matcher m = BASES.matcher(section);
        int checked = 0;
        while (m.find()) {
            int[] counts = actual.get(m.group(1));
            String table = m.group(1);
            for (int i = 0; i < BASIS_ORDER.size(); i++) {
                assertEquals(counts[i], Integer.parseInt(m.group(i + 2)),
                        "data/README.md date bases of " + table + ", column " + (i == 0 ? "stated" : BASIS_ORDER.get(i)));
            }
            checked++;
        }
        assertEquals(actual.size(), checked, "every table with a date_basis column is counted in data/README.md");
    }

    private static final Pattern QUALIFIERS = Pattern.compile("\\| `([^`]+)` \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) "
            + "\\| (\\d+) \\| (\\d+) \\| (\\d+) \\|");
    private static final List<String> QUALIFIER_ORDER = List.of("eq", "gt", "ge", "lt", "le", "approx", "est");

    @Test
    void qualifierCountsMatchTheTables() throws IOException {
        String readme = Files.readString(Path.of("data/README.md"));
        String section = readme.substring(readme.indexOf("## Qualifiers"));
        CuratedData data = CuratedData.load(Path.of("data"), "data");
        Map<String, int[]> actual = new LinkedHashMap<>();
        for (Table t : data.tables().values()) {
            if (!t.schema().columnNames().contains("qualifier")) continue;
            String key = t.schema().file().startsWith("statistics/") ? "statistics/<dataset-id>.csv" : t.schema().file();
            int[] counts = actual.computeIfAbsent(key, k -> new int[QUALIFIER_ORDER.size()]);
            for (Row r : t.rows()) counts[QUALIFIER_ORDER.indexOf(r.get("qualifier"))]++;
        }
        Matcher m = QUALIFIERS.matcher(section);
        int checked = 0;
        while (m.find()) {
            int[] counts = actual.get(m.group(1));
            for (int i = 0; i < QUALIFIER_ORDER.size(); i++) {
                assertEquals(counts[i], Integer.parseInt(m.group(i + 2)),
                        "data/README.md qualifiers of " + m.group(1) + ", column " + QUALIFIER_ORDER.get(i));
            }
            checked++;
        }
        assertEquals(actual.size(), checked, "every table with a qualifier column is counted in data/README.md");
    }
}
