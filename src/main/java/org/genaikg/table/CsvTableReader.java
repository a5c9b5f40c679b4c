package org.genaikg.table;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one CSV table against its schema. Checks, in order: encoding (strict UTF-8, no BOM), the header
 * (every column declared, none missing, before any row is read), then every cell of every row. Every problem
 * is added to {@link Problems}; rows with problems are still returned so that later checks can run on them.
 */
public final class CsvTableReader {
    /**
     * Untyped: the parser hands over each record's cells as they are, and {@link #parse} compares their count with
     * the header's, so that a short or long row is reported with its line (the parser's own column checks apply only
     * when it is given a schema, which would stop at the first bad row).
     */
    private static final CsvMapper CSV = CsvMapper.builder().build();

    private CsvTableReader() {}

    /**
     * @param path        the file to read
     * @param displayPath the path as the user knows it, used in every message (e.g. {@code data/policies.csv})
     */
    public static Optional<Table> read(Path path, String displayPath, TableSchema schema, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.add(Problem.inFile(displayPath, 0, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
        Optional<String> text = decode(bytes, displayPath, problems);
        if (text.isEmpty()) return Optional.empty();
        return parse(unifyLineEnds(text.get()), displayPath, schema, problems);
    }

    private static Optional<String> decode(byte[] bytes, String file, Problems problems) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            problems.add(Problem.inFile(file, 1, "starts with a byte-order mark (BOM); save it as UTF-8 without BOM"));
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return Optional.of(decoder.decode(in).toString());
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            int line = 1;
            for (int i = 0; i < bad; i++) if (bytes[i] == '\n') line++;
            problems.add(Problem.inFile(file, line, String.format(
                    "is not valid UTF-8 (byte 0x%02X at offset %d); save it as UTF-8", bytes[bad] & 0xFF, bad)));
            return Optional.empty();
        }
    }

    /**
     * Line ends as an editor counts them: CR LF, LF, or a lone CR (old Mac files, some spreadsheet exports) all end
     * one line, so that every message names the line the curator sees.
     */
    static String unifyLineEnds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static Optional<Table> parse(String text, String file, TableSchema schema, Problems problems) {
        List<Row> rows = new ArrayList<>();
        int[] recordLines = recordStartLines(text);
        int record = 0;
        try (CsvParser parser = CSV.getFactory().createParser(text)) {
            List<String> header = null;
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                int line = recordLines[Math.min(record++, recordLines.length - 1)];
                List<String> cells = new ArrayList<>();
                while (parser.nextToken() == JsonToken.VALUE_STRING) cells.add(parser.getText());
                if (header == null) {
                    header = cells;
                    if (!checkHeader(header, file, schema, problems)) return Optional.empty();
                    continue;
                }
                if (cells.size() == 1 && cells.get(0).isEmpty()) {
                    problems.add(Problem.inFile(file, line, "is an empty line; remove it"));
                    continue;
                }
                if (cells.size() != header.size()) {
                    problems.add(Problem.inFile(file, line, cells.size() + " cells, but the header has "
                            + header.size() + " columns"));
                    continue;
                }
                rows.add(checkRow(schema, file, line, header, cells, problems));
            }
            if (header == null) {
                problems.add(Problem.inFile(file, 1, "is empty; expected a header row: " + String.join(",", schema.columnNames())));
                return Optional.empty();
            }
        } catch (JsonParseException e) {
            int line = recordLines[Math.min(Math.max(record - 1, 0), recordLines.length - 1)];
            problems.add(Problem.inFile(file, line, "is not well-formed CSV: " + e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.inFile(file, 0, "cannot be parsed as CSV: " + e.getMessage()));
            return Optional.empty();
        }
        return Optional.of(new Table(schema, file, rows));
    }

    /**
     * The line on which each record starts, as an editor numbers lines. Computed here rather than taken from the
     * CSV parser, whose token locations drift after a quoted cell that spans lines.
     */
    static int[] recordStartLines(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(1);
        int line = 1;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n') {
                line++;
                if (!quoted && i + 1 < text.length()) starts.add(line);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean checkHeader(List<String> header, String file, TableSchema schema, Problems problems) {
        boolean ok = true;
        Map<String, Integer> seen = new HashMap<>();
        for (String name : header) {
            if (schema.column(name) == null) {
                problems.add(Problem.inFile(file, 1, "unknown column '" + name + "' (expected columns: "
                        + String.join(", ", schema.columnNames()) + ")"));
                ok = false;
            } else if (seen.merge(name, 1, Integer::sum) > 1) {
                problems.add(Problem.inFile(file, 1, "column '" + name + "' appears more than once"));
                ok = false;
            }
        }
        for (String name : schema.columnNames()) {
            if (!header.contains(name)) {
                problems.add(Problem.inFile(file, 1, "missing column '" + name + "'"));
                ok = false;
            }
        }
        return ok;
    }

    private static Row checkRow(TableSchema schema, String file, int line, List<String> header, List<String> cells,
                                Problems problems) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Column column = schema.column(header.get(i));
            String value = cells.get(i);
            values.put(column.name(), value);
            if (value.isEmpty()) {
                if (column.required()) problems.add(Problem.inCell(file, line, column.name(), "is empty, but a value is required"));
                continue;
            }
            cellProblem(column, value).ifPresent(reason ->
                    problems.add(Problem.inCell(file, line, column.name(), "'" + abbreviate(value) + "' " + reason)));
        }
        return new Row(schema, file, line, values);
    }

    /** Why a non-empty cell is not acceptable in its column, or empty when it is. */
    static Optional<String> cellProblem(Column column, String value) {
        return CellText.problem(value, column.type() == ColumnType.TEXT).or(() -> column.type().check(value));
    }

    /** Keeps messages readable when a cell is huge. */
    static String abbreviate(String value) {
        return value.length() <= 200 ? value : value.substring(0, 200) + "…(" + value.length() + " characters)";
    }
}
