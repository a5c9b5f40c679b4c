package org.genaikg.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Fills a new folder beside the target and only then swaps it in, so that a failed run leaves the previous
 * output exactly as it was.
 */
public final class AtomicFolder {
    private AtomicFolder() {}

    /** Writes the folder's content into a fresh folder beside {@code target}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path folder) throws IOException;
    }

    public static void replace(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".new-");
        try {
            readableByAll(staging);
            content.writeTo(staging);
            swap(staging, absolute);
        } finally {
            deleteTree(staging);
        }
    }

    private static void swap(Path staging, Path target) throws IOException {
        Path previous = null;
        if (Files.exists(target)) {
            previous = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(previous);
            move(target, previous);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (previous != null) move(previous, target);
            throw e;
        }
        if (previous != null) deleteTree(previous);
    }

    /** Temporary folders are private; a published folder is not. */
    private static void readableByAll(Path folder) throws IOException {
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
