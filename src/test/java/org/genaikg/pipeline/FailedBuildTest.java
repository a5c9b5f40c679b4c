package org.genaikg.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.genaikg.TestData;
import org.genaikg.table.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build that fails, for whatever reason, leaves the previous dumps exactly as they were. */
class FailedBuildTest {

    @Test
    void badTablesLeaveThePreviousDumpsUntouched(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("dumps");
        new Pipeline(BuildConfig.defaults().withData(TestData.BASE).withOut(out), StageLog.silent()).build();
        byte[] before = Files.readAllBytes(out.resolve("genai-kg.nt"));

        Path bad = TestData.overlay(Path.of("src/test/resources/errors/bad-date"), temp.resolve("data"));
        assertThrows(InvalidInputException.class, () ->
                new Pipeline(BuildConfig.defaults().withData(bad).withOut(out), StageLog.silent()).build());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("genai-kg.nt")));
        assertEquals(List.of(out), leftovers(temp));
    }

    @Test
    void anOutputFolderThatCannotBeCreatedFailsCleanly(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        Path out = file.resolve("dumps");
        assertThrows(java.io.IOException.class, () ->
                new Pipeline(BuildConfig.defaults().withData(TestData.BASE).withOut(out), StageLog.silent()).build());
        assertEquals("x", Files.readString(file));
    }

    /** The dumps are written beside the validation: a graph that does not conform publishes none of them. */
    @Test
    void aGraphThatDoesNotConformLeavesThePreviousDumpsUntouched(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("dumps");
        new Pipeline(BuildConfig.defaults().withData(TestData.BASE).withOut(out), StageLog.silent()).build();
        byte[] before = Files.readAllBytes(out.resolve("genai-kg.nt"));

        Path ontology = temp.resolve("ontology");
        Files.createDirectories(ontology);
        Files.copy(Path.of("ontology/genai-kg.ttl"), ontology.resolve("genai-kg.ttl"));
        Files.writeString(ontology.resolve("shapes.ttl"), Files.readString(Path.of("ontology/shapes.ttl"))
                + "\n<urn:test:nothing-has-a-label> a sh:NodeShape ; sh:targetSubjectsOf rdfs:label ;"
                + " sh:property [ sh:path rdfs:label ; sh:maxCount 0 ] .\n");
        BuildConfig config = new BuildConfig(TestData.BASE, ontology, out, true, BuildConfig.DEFAULT_PUBLIC_URL);
        BuildFailedException e = assertThrows(BuildFailedException.class,
                () -> new Pipeline(config, StageLog.silent()).build());
        assertTrue(e.getMessage().contains("maxCount") || e.getMessage().contains("MaxCount"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("genai-kg.nt")));
        assertEquals(List.of(out), leftovers(temp).stream().filter(p -> !p.equals(ontology)).toList());
    }

    private static List<Path> leftovers(Path folder) throws Exception {
        try (var s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".") || p.getFileName().toString().equals("dumps"))
                    .sorted().toList();
        }
    }

    @Test
    void aBrokenShapesFileNamesItself(@TempDir Path temp) throws Exception {
        Path ontology = temp.resolve("ontology");
        Files.createDirectories(ontology);
        Files.copy(Path.of("ontology/genai-kg.ttl"), ontology.resolve("genai-kg.ttl"));
        Files.writeString(ontology.resolve("shapes.ttl"), "@prefix sh: <http://www.w3.org/ns/shacl#> .\n<a> <b> \n");
        BuildConfig config = new BuildConfig(TestData.BASE, ontology, temp.resolve("out"), true, BuildConfig.DEFAULT_PUBLIC_URL);
        BuildFailedException e = assertThrows(BuildFailedException.class,
                () -> new Pipeline(config, StageLog.silent()).build());
        assertTrue(e.getMessage().startsWith(ontology.resolve("shapes.ttl").toString()), e.getMessage());
        assertTrue(Files.notExists(temp.resolve("out")));
    }
}
