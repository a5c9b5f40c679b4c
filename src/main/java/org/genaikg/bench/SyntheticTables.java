package org.genaikg.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.genaikg.publish.AtomicFolder;

/**
 * Tables shaped like the real ones at N times their size: the real data folder copied N times, each copy's ids
 * (and every reference to them) given a suffix, numbers jittered and row order shuffled by a seeded generator.
 * Every copy is valid on its own, so the copies together pass every check of build.
 */
public final class SyntheticTables {
    /** Columns whose values are ids (or ';'-lists of ids) of rows that are copied with their tables. */
    private static final Set<String> ID_COLUMNS = Set.of("id", "within", "parent", "jurisdiction", "country", "location",
            "policy", "agency", "broader", "developer", "previous_version", "model", "scenario", "participants", "place",
            "base", "about", "change_of", "concerns", "affiliation",
            "report", "publisher", "dataset", "dimensions");
    private static final CsvMapper CSV = new CsvMapper();

    private SyntheticTables() {}

    /** Writes the tables of {@code source} times {@code copies} into {@code target}; returns the number of rows. */
    public static long generate(Path source, Path target, int copies, long seed) throws IOException {
        AtomicFolder.deleteTree(target);
        Files.createDirectories(target.resolve("statistics"));
        Files.createDirectories(target.resolve("sources"));
        try (Stream<Path> texts = Files.list(source.resolve("sources"))) {
            for (Path t : texts.toList()) Files.copy(t, target.resolve("sources").resolve(t.getFileName()));
        }
        Random random = new Random(seed);
        long rows = 0;
        List<Path> tables;
        try (Stream<Path> files = Files.walk(source)) {
            tables = files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        List<String> datasets = readColumn(source.resolve("statistics/datasets.csv"), "id");
        for (Path table : tables) {
            String rel = source.relativize(table).toString().replace('\\', '/');
            String name = rel.replaceFirst("\\.csv$", "").replaceFirst("^statistics/", "");
            boolean observations = rel.startsWith("statistics/") && datasets.contains(name);
            boolean shared = Set.of("units.csv", "statistics/measures.csv", "statistics/dimensions.csv",
                    "statistics/codes.csv").contains(rel);
            List<String[]> records = read(table);
            String[] header = records.get(0);
            if (observations) {
                for (int c = 0; c < copies; c++) {
                    rows += write(target.resolve("statistics/" + name + suffix(c) + ".csv"), header,
                            copy(header, records.subList(1, records.size()), c, random, false));
                }
            } else {
                List<String[]> all = new ArrayList<>();
                int n = shared ? 1 : copies;
                for (int c = 0; c < n; c++) all.addAll(copy(header, records.subList(1, records.size()), c, random, shared));
                java.util.Collections.shuffle(all, random);
                rows += write(target.resolve(rel), header, all);
            }
        }
        return rows;
    }

    private static String suffix(int copy) {
        return copy == 0 ? "" : "-x" + copy;
    }

    private static List<String[]> copy(String[] header, List<String[]> records, int copy, Random random, boolean shared) {
        List<String[]> out = new ArrayList<>(records.size());
        for (String[] r : records) {
            String[] c = r.clone();
            for (int i = 0; i < header.length && i < c.length; i++) {
                String col = header[i];
                if (shared || c[i].isEmpty()) continue;
                if (ID_COLUMNS.contains(col) && !col.equals("dimensions")) c[i] = suffixed(c[i], copy);
                if ((col.equals("value") || col.equals("amount")) && copy > 0) c[i] = jitter(c[i], random);
            }
            out.add(c);
        }
        return out;
    }

    private static String suffixed(String cell, int copy) {
        if (copy == 0) return cell;
        StringBuilder sb = new StringBuilder();
        for (String part : cell.split(";")) {
            if (sb.length() > 0) sb.append(';');
            sb.append(part).append(suffix(copy));
        }
        return sb.toString();
    }

    private static String jitter(String number, Random random) {
        java.math.BigDecimal v = new java.math.BigDecimal(number);
        return v.multiply(java.math.BigDecimal.valueOf(0.9 + random.nextInt(21) / 100.0))
                .setScale(Math.max(v.scale(), 2), java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static List<String[]> read(Path file) throws IOException {
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(file.toFile())) {
            return it.readAll();
        }
    }

    private static List<String> readColumn(Path file, String column) throws IOException {
        List<String[]> records = read(file);
        int idx = java.util.Arrays.asList(records.get(0)).indexOf(column);
        List<String> values = new ArrayList<>();
        for (String[] r : records.subList(1, records.size())) values.add(r[idx]);
        return values;
    }

    private static long write(Path file, String[] header, List<String[]> records) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\n");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            var writer = CSV.writer(schema);
            w.write(writer.writeValueAsString(header));
            for (String[] r : records) w.write(writer.writeValueAsString(r));
        }
        return records.size();
    }
}
