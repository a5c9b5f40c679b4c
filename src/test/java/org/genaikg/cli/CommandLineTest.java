package org.genaikg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.genaikg.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user meets it: exit codes, what is printed, and what is (not) written. Commands run in
 * this JVM through {@link GenaiKg#run(PrintWriter, String...)}, with standard output captured.
 */
class CommandLineTest {
    private static final String QUERY = "SELECT ?name WHERE { res:place\\/china skos:prefLabel ?name FILTER(lang(?name) = \"zh\") }\n";

    @TempDir
    Path temp;

    /** What one run printed and how it ended. */
    record Run(int exit, String out, String err) {
        List<String> outLines() { return out.lines().toList(); }
    }

    static Run run(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exit = GenaiKg.run(new PrintWriter(err, true), args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void queryWithDataAnswersFromThoseTablesEvenWhenDumpsExist() throws IOException {
        Path base = TestData.overlay(null, temp.resolve("base"));
        Path dumps = temp.resolve("dumps");
        assertEquals(0, run("build", "--data", base.toString(), "--out", dumps.toString()).exit());
        Path edited = TestData.overlay(null, temp.resolve("edited"));
        Path places = edited.resolve("places.csv");
        Files.writeString(places, Files.readString(places).replace(",中国,", ",中华人民共和国,"));
        Path query = Files.writeString(temp.resolve("name.rq"), QUERY);

        Run fromTables = run("query", query.toString(), "--data", edited.toString());
        Run fromDumps = run("query", query.toString(), "--dumps", dumps.toString());

        assertEquals(0, fromTables.exit(), fromTables.err());
        assertEquals("graph: built in memory from the tables in " + edited, fromTables.outLines().get(0));
        assertTrue(fromTables.out().contains("\"中华人民共和国\"@zh"), fromTables.out());
        assertEquals(0, fromDumps.exit(), fromDumps.err());
        assertTrue(fromDumps.outLines().get(0).startsWith("graph: the dumps " + dumps.resolve("genai-kg.nt") + ", written "),
                fromDumps.out());
        assertTrue(fromDumps.out().contains("\"中国\"@zh"), fromDumps.out());
    }

    @Test
    void queryWithDumpsThatAreNotThereSaysSoInsteadOfBuilding() throws IOException {
        Path dumps = temp.resolve("nothing-here");
        Path query = Files.writeString(temp.resolve("name.rq"), QUERY);
        Run run = run("query", query.toString(), "--dumps", dumps.toString());
        assertEquals(1, run.exit());
        assertEquals(List.of("genai-kg query: " + dumps + " holds no genai-kg.nt; write the dumps there with: "
                + "java -jar target/genai-kg.jar build --out " + dumps), run.err().lines().toList());
        assertEquals("", run.out());
    }

    @Test
    void aMissingQueryFileIsNamedWithoutAStackTrace() {
        Run run = run("query", "missing.rq");
        assertEquals(1, run.exit());
        assertEquals(List.of("genai-kg query: missing.rq does not exist"), run.err().lines().toList());
    }

    @Test
    void serveOnATakenPortStopsBeforeBuildingAndLeavesTheDumpsAlone() throws IOException {
        Path base = TestData.overlay(null, temp.resolve("base"));
        Path dumps = temp.resolve("dumps");
        assertEquals(0, run("build", "--data", base.toString(), "--out", dumps.toString()).exit());
        Map<String, String> before = snapshot(dumps);
        Map<String, String> defaultBefore = snapshot(Path.of("target", "dumps"));
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            String port = Integer.toString(taken.getLocalPort());
            String hint = "port " + port + " is in use — choose another with --port";

            Run building = run("serve", "--host", "127.0.0.1", "--port", port, "--data", base.toString());
            Run serving = run("serve", "--host", "127.0.0.1", "--port", port, "--dumps", dumps.toString());

            for (Run r : List.of(building, serving)) {
                assertEquals(1, r.exit());
                assertEquals(List.of(hint), r.err().lines().toList());
                assertEquals("", r.out(), "nothing is built or loaded before the port is known to be free");
            }
        }
        assertEquals(before, snapshot(dumps));
        assertEquals(defaultBefore, snapshot(Path.of("target", "dumps")));
    }

    @Test
    void buildRefusesAFolderItDidNotWriteAndDeletesNothing() throws IOException {
        Path base = TestData.overlay(null, temp.resolve("base"));
        Path out = temp.resolve("documents");
        Files.createDirectories(out.resolve("letters"));
        Files.writeString(out.resolve("notes.txt"), "mine\n");
        Files.writeString(out.resolve("letters").resolve("2024.txt"), "also mine\n");
        Map<String, String> before = snapshot(temp);

        Run run = run("build", "--data", base.toString(), "--out", out.toString());

        assertEquals(1, run.exit());
        assertEquals(List.of("genai-kg build: " + out.toAbsolutePath().normalize() + ": is not empty and is not an "
                + "earlier genai-kg output (it holds letters/, notes.txt); nothing was changed. Give an empty or new folder"),
                run.err().lines().toList());
        assertEquals(before, snapshot(temp));
    }

    @Test
    void serveRefusesAStoreFolderThatIsNotAStore() throws IOException {
        Path folder = temp.resolve("thesis");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("chapter1.tex"), "mine\n");
        Map<String, String> before = snapshot(temp);

        Run run = run("serve", "--port", "0", "--tdb2", folder.toString(), "--dumps", temp.resolve("dumps").toString());

        assertEquals(1, run.exit());
        assertEquals(List.of("genai-kg serve: --tdb2 " + folder + ": the folder is not empty and is not a genai-kg store "
                + "(it has no genai-kg.loaded); nothing in it was changed. Give a new or empty folder."), run.err().lines().toList());
        assertEquals(before, snapshot(temp));
    }

    @Test
    void buildReplacesItsOwnEarlierOutput() throws IOException {
        Path base = TestData.overlay(null, temp.resolve("base"));
        Path out = temp.resolve("dumps");
        assertEquals(0, run("build", "--data", base.toString(), "--out", out.toString()).exit());
        Map<String, String> first = snapshot(out);
        assertEquals(0, run("build", "--data", base.toString(), "--out", out.toString()).exit());
        assertEquals(contentsOnly(first), contentsOnly(snapshot(out)));
    }

    @Test
    void validateListsEveryProblemEscapedAndClaimsNoWrite() {
        Path data = TestData.overlay(Path.of("src/test/resources/errors/all-problems-at-once"), temp.resolve("data"));
        Path bad = TestData.overlay(Path.of("src/test/resources/errors/control-character"), temp.resolve("bad"));

        Run all = run("validate", "--data", data.toString());
        Run escaped = run("validate", "--data", bad.toString());

        assertEquals(1, all.exit());
        List<String> lines = all.err().lines().toList();
        assertEquals("3 problem(s) in the tables:", lines.get(0));
        assertEquals(4, lines.size(), all.err());
        assertEquals(1, escaped.exit());
        assertFalse(escaped.err().contains("\u001B"), "an escape character reached the terminal");
        assertTrue(escaped.err().contains("'人工智能\\u001B[2J生成合成内容标识办法' contains the control character U+001B"),
                escaped.err());
    }

    /** Every file under {@code folder} with its size, modification time and content hash; empty when absent. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(folder)) return files;
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.toList()) {
                String key = folder.relativize(p).toString();
                if (Files.isDirectory(p)) {
                    files.put(key + "/", "");
                } else {
                    files.put(key, Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis() + " "
                            + Arrays.hashCode(Files.readAllBytes(p)));
                }
            }
        }
        return files;
    }

    private static Map<String, String> contentsOnly(Map<String, String> snapshot) {
        Map<String, String> result = new TreeMap<>();
        snapshot.forEach((k, v) -> {
            String[] parts = v.split(" ");
            result.put(k, parts.length == 3 ? parts[0] + " " + parts[2] : v);
        });
        return result;
    }
}
