package org.genaikg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails part-way (a full disk, say) leaves the previous folder as it was and no debris. */
class AtomicFolderTest {
    private static final Set<String> OWN = Set.of("a.nt", "stale.nt");

    @Test
    void failureMidwayKeepsThePreviousContent(@TempDir Path temp) throws IOException {
        Path target = temp.resolve("dumps");
        AtomicFolder.replace(target, OWN, f -> Files.writeString(f.resolve("a.nt"), "old\n"));
        IOException e = assertThrows(IOException.class, () -> AtomicFolder.replace(target, OWN, f -> {
            Files.writeString(f.resolve("a.nt"), "new, half writ");
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("old\n", Files.readString(target.resolve("a.nt")));
        try (var files = Files.list(temp)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void successReplacesTheWholeFolder(@TempDir Path temp) throws IOException {
        Path target = temp.resolve("dumps");
        AtomicFolder.replace(target, OWN, f -> Files.writeString(f.resolve("stale.nt"), "old\n"));
        AtomicFolder.replace(target, OWN, f -> Files.writeString(f.resolve("a.nt"), "new\n"));
        try (var files = Files.list(target)) {
            assertEquals(List.of(target.resolve("a.nt")), files.toList());
        }
    }

    @Test
    void refusesAFolderHoldingFilesItDidNotWrite(@TempDir Path temp) throws IOException {
        Path target = temp.resolve("photos");
        Files.createDirectories(target.resolve("2024"));
        Files.writeString(target.resolve("a.nt"), "ours by name\n");
        Files.writeString(target.resolve("holiday.jpg"), "not ours\n");
        Files.writeString(target.resolve("2024").resolve("beach.jpg"), "not ours\n");
        List<String> before = listing(temp);

        IOException e = assertThrows(AtomicFolder.ForeignFolderException.class,
                () -> AtomicFolder.replace(target, OWN, f -> Files.writeString(f.resolve("a.nt"), "new\n")));

        assertEquals(target + ": is not empty and is not an earlier genai-kg output (it holds 2024/, holiday.jpg); "
                + "nothing was changed. Give an empty or new folder", e.getMessage());
        assertEquals(before, listing(temp));
        assertEquals("ours by name\n", Files.readString(target.resolve("a.nt")));
    }

    @Test
    void aLinkToAFolderIsRefusedAndWhatItPointsAtKept(@TempDir Path temp) throws IOException {
        Path elsewhere = temp.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        Files.writeString(elsewhere.resolve("a.nt"), "someone's file named like a dump\n");
        Path link = Files.createSymbolicLink(temp.resolve("dumps"), elsewhere);
        IOException e = assertThrows(AtomicFolder.ForeignFolderException.class,
                () -> AtomicFolder.replace(link, OWN, f -> Files.writeString(f.resolve("a.nt"), "new\n")));
        assertEquals(link + ": is a symbolic link; a link is never followed to replace what it points at. Nothing was "
                + "changed; give the folder itself", e.getMessage());
        assertEquals("someone's file named like a dump\n", Files.readString(elsewhere.resolve("a.nt")));
        assertEquals(List.of("a.nt"), listing(elsewhere));
    }

    @Test
    void aLinkNamedLikeAnOutputFileIsNotOurs(@TempDir Path temp) throws IOException {
        Path target = temp.resolve("dumps");
        Files.createDirectories(target);
        Path precious = Files.writeString(temp.resolve("precious.txt"), "keep\n");
        Files.createSymbolicLink(target.resolve("a.nt"), precious);
        IOException e = assertThrows(AtomicFolder.ForeignFolderException.class,
                () -> AtomicFolder.replace(target, OWN, f -> Files.writeString(f.resolve("a.nt"), "new\n")));
        assertEquals(target + ": is not empty and is not an earlier genai-kg output (it holds a.nt (a symbolic link)); "
                + "nothing was changed. Give an empty or new folder", e.getMessage());
        assertEquals("keep\n", Files.readString(precious));
    }

    @Test
    void refusesAFileInPlaceOfTheFolder(@TempDir Path temp) throws IOException {
        Path target = temp.resolve("dumps");
        Files.writeString(target, "a file\n");
        assertThrows(AtomicFolder.ForeignFolderException.class,
                () -> AtomicFolder.replace(target, OWN, f -> Files.writeString(f.resolve("a.nt"), "new\n")));
        assertEquals("a file\n", Files.readString(target));
    }

    @Test
    void aStagedFolderNotCommittedLeavesTheTargetAsItWas(@TempDir Path temp) throws IOException {
        Path target = temp.resolve("dumps");
        AtomicFolder.replace(target, OWN, f -> Files.writeString(f.resolve("a.nt"), "old\n"));
        AtomicFolder.Staged staged = AtomicFolder.stage(target, OWN, f -> Files.writeString(f.resolve("a.nt"), "new\n"));
        assertEquals("old\n", Files.readString(target.resolve("a.nt")));
        staged.close();
        assertEquals("old\n", Files.readString(target.resolve("a.nt")));
        assertEquals(List.of("dumps", "dumps/a.nt"), listing(temp));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }
}
