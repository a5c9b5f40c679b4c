package org.genaikg.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.genaikg.TestData;
import org.genaikg.pipeline.BuildConfig;
import org.genaikg.pipeline.BuildFailedException;
import org.genaikg.pipeline.Pipeline;
import org.genaikg.pipeline.StageLog;
import org.genaikg.publish.AtomicFolder;

/**
 * Real rows, mutated: wrong types, missing cells, broken quoting, broken UTF-8, huge fields. Every run must end
 * either clean or in problems located by file and line — never in any other exception — and a failed build must
 * leave the previous dumps byte for byte as they were.
 */
class MutatedTablesProperties {
    private static final List<String> TABLES = List.of("policies.csv", "models.csv", "events.csv", "agencies.csv",
            "statistics/genai-user-age.csv", "sources.csv", "places.csv");

    /** One change to one table: what, where (a line and a cell), and with which bytes. */
    record Mutation(String table, String kind, int line, int cell, String text) {}

    private Path work;

    @BeforeProperty
    void copyRealData() throws IOException {
        work = Files.createTempDirectory("genai-kg-fuzz");
        TestData.copyTree(TestData.REAL, work.resolve("data"));
    }

    @AfterProperty
    void removeCopy() throws IOException {
        AtomicFolder.deleteTree(work);
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<String> table = Arbitraries.of(TABLES);
        Arbitrary<String> kind = Arbitraries.of("replace-cell", "drop-cell", "add-cell", "stray-quote", "bad-utf8",
                "huge-cell", "blank-line", "bom", "swap-lines", "truncate");
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.of("2025-13", "2025-02-30", "", " padded ", "x;;y", "-1", "1e9", "http//x", "NaN",
                        "中文名", "\"", "a\nb", "true ", "nonexistent-id", "Mixed Case"));
        return Combinators.combine(table, kind, Arbitraries.integers().between(1, 400),
                Arbitraries.integers().between(0, 20), text).as(Mutation::new);
    }

    @Property(tries = 250)
    void everyRunEndsCleanOrInLocatedProblems(@ForAll("mutations") Mutation m) throws IOException {
        Path data = work.resolve("data");
        Path file = data.resolve(m.table());
        byte[] original = Files.readAllBytes(file);
        try {
            Files.write(file, mutate(original, m));
            try {
                CuratedData.load(data, "data");
            } catch (InvalidInputException e) {
                for (Problem p : e.problems()) {
                    if (!p.file().startsWith("data/") || p.line() < 0 || p.message().isBlank()) {
                        throw new AssertionError("unlocated problem for " + m + ": " + p);
                    }
                }
                if (e.problems().isEmpty()) throw new AssertionError("no problems listed for " + m);
            }
        } finally {
            Files.write(file, original);
        }
    }

    @Property(tries = 30)
    void aFailedBuildNeverChangesTheDumps(@ForAll("mutations") Mutation m) throws IOException {
        Path data = work.resolve("base");
        if (!Files.exists(data)) TestData.copyTree(TestData.BASE, data);
        Path out = work.resolve("dumps");
        BuildConfig config = BuildConfig.defaults().withData(data).withOut(out);
        if (!Files.exists(out)) new Pipeline(config, StageLog.silent()).build();
        byte[] before = Files.readAllBytes(out.resolve("genai-kg.nt"));
        Path file = data.resolve("policies.csv");
        byte[] original = Files.readAllBytes(file);
        try {
            Files.write(file, mutate(baseRowsOf(original), new Mutation("policies.csv", m.kind(), 2, m.cell(), m.text())));
            try {
                new Pipeline(config, StageLog.silent()).build();
            } catch (InvalidInputException | BuildFailedException expected) {
                if (!Arrays.equals(before, Files.readAllBytes(out.resolve("genai-kg.nt")))) {
                    throw new AssertionError("a failed build changed the dumps: " + m);
                }
            }
        } finally {
            Files.write(file, original);
        }
    }

    /** The base policies table is header-only; give it one real row to mutate. */
    private static byte[] baseRowsOf(byte[] header) {
        String row = "labeling-measures,measures,人工智能生成合成内容标识办法,,china,2025-03,,standards-norms,,,test-report,5.1,,"
                + "国家互联网信息办公室等发布《人工智能生成合成内容标识办法》,\n";
        return (new String(header, StandardCharsets.UTF_8) + row).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] mutate(byte[] original, Mutation m) {
        String text = new String(original, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int last = Math.max(1, lines.size() - 2);
        int at = 1 + (m.line() - 1) % last;
        String line = lines.get(at);
        List<String> cells = new ArrayList<>(Arrays.asList(line.split(",", -1)));
        int c = m.cell() % cells.size();
        switch (m.kind()) {
            case "replace-cell" -> cells.set(c, m.text().contains(",") ? "\"" + m.text() + "\"" : m.text());
            case "drop-cell" -> cells.remove(c);
            case "add-cell" -> cells.add(c, m.text());
            case "stray-quote" -> cells.set(c, "\"" + cells.get(c));
            case "huge-cell" -> cells.set(c, "x".repeat(200_000));
            case "blank-line" -> lines.add(at, "");
            case "swap-lines" -> {
                lines.set(at, lines.get(0));
                lines.set(0, line);
            }
            case "truncate" -> cells.subList(c, cells.size()).clear();
            default -> { }
        }
        if (!m.kind().equals("blank-line") && !m.kind().equals("swap-lines")) lines.set(at, String.join(",", cells));
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        if (m.kind().equals("bad-utf8")) {
            int offset = Math.min(bytes.length - 1, text.indexOf('\n') + 1 + m.cell());
            bytes = bytes.clone();
            bytes[offset] = (byte) 0xC3;
            if (offset + 1 < bytes.length) bytes[offset + 1] = (byte) 0x28;
        }
        if (m.kind().equals("bom")) {
            byte[] withBom = new byte[bytes.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(bytes, 0, withBom, 3, bytes.length);
            bytes = withBom;
        }
        return bytes;
    }
}
