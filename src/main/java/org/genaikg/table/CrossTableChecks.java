package org.genaikg.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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
 *
 * <p>They run even when some cells or tables already have problems, so that one run reports everything: a cell
 * whose own value is wrong is not checked again here, and a reference into a table that could not be read is not
 * reported as dangling.
 */
final class CrossTableChecks {
    /** Larger than any report text by far; a bound so that a wrong path cannot make the check read without end. */
    static final long MAX_REPORT_TEXT_BYTES = 64L << 20;

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
        LookAlikeNames lookAlikes = new LookAlikeNames();
        for (Table table : data.tables().values()) {
            if (table.schema().hasIds()) checkUniqueIds(table);
            lookAlikes.check(table, problems);
            for (Row row : table.rows()) {
                for (Column column : table.schema().columns()) {
                    if (column.isReference()) checkReferences(row, column);
                }
                if (table.schema().column("footnotes") != null) checkFootnotes(row);
                if (table.schema().column("quote_zh") != null) checkQuote(row);
            }
        }
        checkFootnoteNumbersUnique();
        checkDataSetMeasures();
        checkCodesMatchDimension();
        // a report no quote cites still names a text file; check its path too
        Table reports = data.tables().get(TableCatalog.REPORTS);
        if (reports != null) reports.rows().forEach(r -> reportText(r.id()));
    }

    private void checkUniqueIds(Table table) {
        Map<String, Integer> firstLine = new HashMap<>();
        Column idColumn = table.schema().column(table.schema().idColumn());
        for (Row row : table.rows()) {
            if (!isClean(row, idColumn)) continue;
            Integer first = firstLine.putIfAbsent(row.id(), row.line());
            if (first != null) {
                problems.add(row.problem(table.schema().idColumn(),
                        "'" + row.id() + "' is a duplicate id (first on line " + first + ")"));
            }
        }
    }

    private void checkReferences(Row row, Column column) {
        if (!isClean(row, column) || !column.references().stream().allMatch(data.tables()::containsKey)) return;
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
        if (!data.tables().containsKey(TableCatalog.SOURCES) || !isClean(row, row.schema().column("report"))) return;
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

    /** A data set has one measure, or a dimension whose values are measures (qb:measureType) — one or the other. */
    private void checkDataSetMeasures() {
        if (!data.tables().containsKey(TableCatalog.DATASETS) || !data.tables().containsKey(TableCatalog.DIMENSIONS)) return;
        for (Row ds : data.rows(TableCatalog.DATASETS)) {
            List<String> measureDimensions = ds.list("dimensions").stream()
                    .filter(d -> data.row(TableCatalog.DIMENSIONS, d)
                            .map(r -> r.get("codes").equals(TableCatalog.MEASURES)).orElse(false))
                    .toList();
            if (measureDimensions.size() > 1) {
                problems.add(ds.problem("dimensions", "'" + ds.get("dimensions") + "' has more than one dimension whose "
                        + "values are measures; a data set has at most one (its qb:measureType)"));
            } else if (measureDimensions.isEmpty() && !ds.has("measure")) {
                problems.add(ds.problem("measure", "is empty; a data set needs a measure, or a dimension whose values "
                        + "are measures"));
            } else if (!measureDimensions.isEmpty() && ds.has("measure")) {
                problems.add(ds.problem("measure", "'" + ds.get("measure") + "' is given, but the data set's measures come "
                        + "from its dimension '" + measureDimensions.get(0) + "'; leave this column empty"));
            }
        }
    }

    private void checkFootnoteNumbersUnique() {
        if (!data.tables().containsKey(TableCatalog.SOURCES)) return;
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
                    if (!isClean(row, c)) continue;
                    data.row(TableCatalog.CODES, row.get(c.name()))
                            .filter(code -> !code.get("dimension").equals(c.name()))
                            .ifPresent(code -> problems.add(row.problem(c.name(), "'" + row.get(c.name())
                                    + "' is a code of dimension '" + code.get("dimension") + "', not of '" + c.name() + "'")));
                }
            }
        }
    }

    private void checkQuote(Row row) {
        if (!isClean(row, row.schema().column("quote_zh"))) return;
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
        ReportText text = data.row(TableCatalog.REPORTS, reportId)
                .filter(r -> isClean(r, r.schema().column("text")))
                .map(this::readText)
                .orElse(null);
        reportTexts.put(reportId, text);
        return text;
    }

    /** The report's text file, which must lie inside the data folder: a table names only files of its own folder. */
    private ReportText readText(Row report) {
        String given = report.get("text");
        try {
            Path root = data.folder().toAbsolutePath().normalize();
            Path file = root.resolve(given).normalize();
            if (Path.of(given).isAbsolute() || !file.startsWith(root)) {
                return refuse(report, "is outside the data folder; give a path inside it, such as sources/report.txt");
            }
            if (!Files.isRegularFile(file)) return refuse(report, "is not a file in the data folder");
            Path real = file.toRealPath();
            if (!real.startsWith(root.toRealPath())) {
                return refuse(report, "leads outside the data folder through a symbolic link");
            }
            if (textsByFile.containsKey(real)) return textsByFile.get(real);
            long size = Files.size(real);
            if (size > MAX_REPORT_TEXT_BYTES) {
                return refuse(report, "is " + size + " bytes; a report text is at most " + MAX_REPORT_TEXT_BYTES + " bytes");
            }
            ReportText read = new ReportText(Files.readString(real, StandardCharsets.UTF_8));
            textsByFile.put(real, read);
            return read;
        } catch (InvalidPathException e) {
            return refuse(report, "is not a file path (" + e.getReason() + ")");
        } catch (IOException e) {
            return refuse(report, "cannot be read: " + e.getMessage());
        }
    }

    private ReportText refuse(Row report, String reason) {
        problems.add(report.problem("text", "'" + report.get("text") + "' " + reason));
        return null;
    }

    /** Whether the cell passed its own checks, so that a wrong value is reported once, by the reader. */
    private static boolean isClean(Row row, Column column) {
        String value = row.get(column.name());
        return value.isEmpty() || CsvTableReader.cellProblem(column, value).isEmpty();
    }
}
