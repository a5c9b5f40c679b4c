package org.genaikg.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Completeness against the report, checked rather than hoped for: every number the report's text gives with a unit
 * or counter is carried by a fact whose quote contains it (an observation, a stated figure, an event's amount), and
 * every 《title》 and every issuer of its Table 1 names something in the tables — or the number, the title or the name
 * is listed in {@code data/not-modelled.csv} with where it stands and why.
 */
class ReportCoverageTest {
    /** A number with its unit or counter: 5.15亿, 40 余项, 3 万余家, 38.7%, 1.5 倍 …; not one glued to a name (H20). */
    static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z\\d.,])\\d+(?:[.,]\\d+)*\\s*(?:[余多万亿千百]\\s*)*"
            + "(?:%|％|万亿|亿元|万元|美元|欧元|英镑|加元|卢比|日元|韩元|小时|分钟|千瓦|元|家|款|个|项|起|倍|人|笔|台|条|部|次|名|种"
            + "|件|篇|位|套|天|年|秒|亩|吨|辆|座|所|例|批|份|户)");
    /** A year, not a count of years: 2025年, 1694年. */
    static final Pattern YEAR = Pattern.compile("\\d{4}\\s*年");
    static final Pattern TITLE = Pattern.compile("《([^》\\n]{1,80})》");
    private static String report;
    private static CuratedData data;
    private static List<Map<String, String>> notModelled;

    @BeforeAll
    static void read() throws IOException {
        report = Files.readString(Path.of("data", "sources", "cnnic-genai-report-2025.txt"));
        data = CuratedData.load(Path.of("data"), "data");
        CsvMapper csv = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = csv.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(Path.of("data", TableCatalog.NOT_MODELLED_FILE).toFile())) {
            notModelled = rows.readAll();
        }
    }

    private static String normal(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The quotes of the facts that carry numbers: observations, stated figures and events with an amount. */
    private static List<String> numberQuotes() {
        List<String> quotes = new ArrayList<>();
        data.observationTables().forEach(t -> t.rows().forEach(r -> quotes.add(normal(r.get("quote_zh")))));
        data.rows(TableCatalog.MODEL_FIGURES).forEach(r -> quotes.add(normal(r.get("quote_zh"))));
        data.rows(TableCatalog.EVENTS).stream().filter(r -> r.has("amount"))
                .forEach(r -> quotes.add(normal(r.get("quote_zh"))));
        quotes.removeIf(String::isEmpty);
        return quotes;
    }

    private static Set<String> listed(String kind) {
        Set<String> texts = new LinkedHashSet<>();
        notModelled.stream().filter(r -> r.get("kind").equals(kind)).forEach(r -> texts.add(normal(r.get("text"))));
        return texts;
    }

    static List<String> numbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (!YEAR.matcher(m.group()).matches()) found.add(normal(m.group()));
        }
        return found;
    }

    @Test
    void theExtractionFindsNumbersAndLeavesDatesAndNamesAlone() {
        assertEquals(List.of("5.15亿人", "38.7%", "40余项", "3万余家", "300年"),
                numbers("用户规模达5.15亿人，占比为38.7%，制定了40余项标准，建成 3 万余家工厂，攻克 300 年难题"));
        assertEquals(List.of(), numbers("2025年8月，英伟达H20人工智能芯片"));
    }

    @Test
    void everyNumberOfTheReportIsCarriedOrAccountedFor() {
        List<String> quotes = numberQuotes();
        Set<String> accounted = listed("number");
        List<String> numbers = numbers(report);
        assertTrue(numbers.size() > 150, numbers.size() + " numbers found");
        List<String> neither = numbers.stream().distinct()
                .filter(n -> quotes.stream().noneMatch(q -> q.contains(n)) && !accounted.contains(n)).toList();
        assertEquals(List.of(), neither, "numbers of the report neither carried by a fact's quote nor in data/not-modelled.csv");
    }

    @Test
    void everyTitleOfTheReportIsInTheGraphOrAccountedFor() {
        Set<String> names = new LinkedHashSet<>();
        data.tables().values().forEach(t -> t.rows().forEach(r -> {
            for (String column : List.of("title_zh", "name_zh", "label_zh")) {
                if (t.schema().column(column) != null && r.has(column)) names.add(normal(r.get(column)));
            }
        }));
        Set<String> accounted = listed("title");
        List<String> neither = new ArrayList<>();
        Matcher m = TITLE.matcher(report);
        while (m.find()) {
            String title = normal(m.group(1));
            if (!names.contains(title) && !accounted.contains(title) && !neither.contains(title)) neither.add(title);
        }
        assertEquals(List.of(), neither, "titles neither a name in the tables nor in data/not-modelled.csv");
    }

    @Test
    void everyIssuerOfTable1IsInTheGraph() {
        Set<String> bodies = new LinkedHashSet<>();
        for (String table : List.of(TableCatalog.AGENCIES, TableCatalog.ORGANIZATIONS)) {
            data.rows(table).forEach(r -> bodies.add(normal(r.get("name_zh"))));
        }
        List<String> missing = new ArrayList<>();
        int rows = 0;
        for (String line : report.split("\n")) {
            String[] cells = line.split("\t");
            if (cells.length != 4 || !cells[1].strip().startsWith("《")) continue;
            rows++;
            for (String issuer : cells[2].strip().replaceAll("等$", "").split("、")) {
                if (!bodies.contains(normal(issuer))) missing.add(issuer);
            }
        }
        assertTrue(rows >= 8, rows + " rows of Table 1");
        assertEquals(List.of(), missing, "issuers named in Table 1 but not in the tables");
    }

    @Test
    void everyRowOfNotModelledStandsInTheReportWithAReasonOfItsOwn() {
        String flat = normal(report);
        Set<String> reasons = new LinkedHashSet<>();
        for (Map<String, String> row : notModelled) {
            assertTrue(Set.of("number", "title").contains(row.get("kind")), row.toString());
            String sentence = normal(row.get("sentence_zh"));
            assertTrue(flat.contains(sentence), "not a span of the report: " + row);
            assertTrue(sentence.contains(normal(row.get("text"))), "the sentence does not contain its text: " + row);
            assertFalse(row.get("section").isBlank(), row.toString());
            assertTrue(row.get("reason").length() > 40, "a reason says why: " + row);
            assertTrue(reasons.add(row.get("reason")), "no blanket reasons: " + row);
        }
    }
}
