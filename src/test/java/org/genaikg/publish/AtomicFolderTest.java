package org.genaikg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails part-way (a full disk, say) leaves the previous folder as it was and no debris. */
class AtomicFolderTest {

    @Test
    void failureMidwayKeepsThePreviousContent(@TempDir Path temp) throws IOException {
        Path target = temp.resolve("dumps");
        AtomicFolder.replace(target, f -> Files.writeString(f.resolve("a.nt"), "old\n"));
        IOException e = assertThrows(IOException.class, () -> AtomicFolder.replace(target, f -> {
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
        AtomicFolder.replace(target, f -> Files.writeString(f.resolve("stale.nt"), "old\n"));
        AtomicFolder.replace(target, f -> Files.writeString(f.resolve("a.nt"), "new\n"));
        try (var files = Files.list(target)) {
            assertEquals(List.of(target.resolve("a.nt")), files.toList());
        }
    }
}
