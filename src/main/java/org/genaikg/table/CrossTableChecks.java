package org.genaikg.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that need more than one row: unique ids, references that resolve, footnote numbers that exist,
 * codes used with their own dimension, and quotes that are verbatim spans of the report they cite.
 */
final class CrossTableChecks {
    private final CuratedData data;
    private final Problems problems;
    private final Map<String, ReportText> reportTexts = new HashMap<>();
    private final Map<Path, ReportText> textsByFile = new HashMap<>();
    private Map<String, Row> footnotes;

    CrossTableChecks(CuratedData data, Problems problems) {
        this.data = data;
        this.problems = problems;
    }

    void run() {
        for (Table table : data.tables().values()) {
            if (table.schema().hasIds()) checkUniqueIds(table);
            for (Row row : table.rows()) {
                for (Column column : table.schema().columns()) {
                    if (column.isReference()) checkReferences(row, column);
                }
                if (table.schema().column("footnotes") != null) checkFootnotes(row);
                if (table.schema().column("quote_zh") != null) checkQuote(row);
            }
        }
        checkFootnoteNumbersUnique();
        checkCodesMatchDimension();
    }

    private void checkUniqueIds(Table table) {
        Map<String, Integer> firstLine = new HashMap<>();
        for (Row row : table.rows()) {
            Integer first = firstLine.putIfAbsent(row.id(), row.line());
            if (first != null) {
                problems.add(row.problem(table.schema().idColumn(),
                        "'" + row.id() + "' is a duplicate id (first on line " + first + ")"));
            }
        }
    }

    private void checkReferences(Row row, Column column) {
        for (String id : column.list() ? row.list(column.name()) : List.of(row.get(column.name()))) {
            if (id.isEmpty()) continue;
            List<String> found = data.tablesWithId(id, column.references());
            if (found.isEmpty()) {
                problems.add(row.problem(column.name(), "'" + id + "' does not name a row of "
                        + column.references().stream().map(this::fileOf).collect(Collectors.joining(" or "))));
            } else if (found.size() > 1) {
                problems.add(row.problem(column.name(), "'" + id + "' is ambiguous: it names rows of "
                        + found.stream().map(this::fileOf).collect(Collectors.joining(" and "))));
            }
        }
    }

    private String fileOf(String table) {
        for (TableSchema s : TableCatalog.FIXED) if (s.name().equals(table)) return s.file();
        return table + ".csv";
    }

    private void checkFootnotes(Row row) {
        String report = row.get("report");
        for (String number : row.list("footnotes")) {
            if (!number.matches("[1-9][0-9]*")) continue;
            if (footnote(report, Integer.parseInt(number)) == null) {
                problems.add(row.problem("footnotes", "footnote " + number + " of report '" + report
                        + "' is not in sources.csv"));
            }
        }
    }

    private Row footnote(String report, int number) {
        if (footnotes == null) {
            footnotes = new HashMap<>();
            for (Row s : data.rows(TableCatalog.SOURCES)) footnotes.putIfAbsent(s.get("report") + "#" + s.get("number"), s);
        }
        return footnotes.get(report + "#" + number);
    }

    private void checkFootnoteNumbersUnique() {
        Set<String> seen = new HashSet<>();
        for (Row s : data.rows(TableCatalog.SOURCES)) {
            if (!seen.add(s.get("report") + "#" + s.get("number"))) {
                problems.add(s.problem("number", "'" + s.get("number") + "' is a second footnote with this number in report '"
                        + s.get("report") + "'"));
            }
        }
    }

    private void checkCodesMatchDimension() {
        for (Table t : data.observationTables()) {
            for (Column c : t.schema().columns()) {
                if (!c.references().equals(List.of(TableCatalog.CODES))) continue;
                for (Row row : t.rows()) {
                    data.row(TableCatalog.CODES, row.get(c.name()))
                            .filter(code -> !code.get("dimension").equals(c.name()))
                            .ifPresent(code -> problems.add(row.problem(c.name(), "'" + row.get(c.name())
                                    + "' is a code of dimension '" + code.get("dimension") + "', not of '" + c.name() + "'")));
                }
            }
        }
    }

    private void checkQuote(Row row) {
        ReportText text = reportText(row.get("report"));
        if (text == null) return;
        String quote = row.get("quote_zh");
        if (!quote.isEmpty() && !text.contains(quote)) {
            problems.add(row.problem("quote_zh", "'" + CsvTableReader.abbreviate(quote)
                    + "' is not a verbatim span of the report (compared without white space and footnote marks)"));
        }
    }

    private ReportText reportText(String reportId) {
        if (reportTexts.containsKey(reportId)) return reportTexts.get(reportId);
        ReportText text = data.row(TableCatalog.REPORTS, reportId).map(r -> {
            Path file = data.folder().resolve(r.get("text")).normalize();
            if (textsByFile.containsKey(file)) return textsByFile.get(file);
            try {
                ReportText read = new ReportText(Files.readString(file, StandardCharsets.UTF_8));
                textsByFile.put(file, read);
                return read;
            } catch (IOException e) {
                problems.add(r.problem("text", "'" + r.get("text") + "' cannot be read: " + e.getMessage()));
                return null;
            }
        }).orElse(null);
        reportTexts.put(reportId, text);
        return text;
    }
}
