package org.genaikg.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Fills a new folder beside the target and only then swaps it in, so that a failed run leaves the previous
 * output exactly as it was. The target is replaced only when it is empty or holds nothing but files this folder
 * writes ({@code ownFiles}): a folder the user keeps other things in is refused, never emptied.
 */
public final class AtomicFolder {
    private AtomicFolder() {}

    /** Writes the folder's content into a fresh folder beside {@code target}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path folder) throws IOException;
    }

    /** A folder that is not ours to replace; nothing was changed. */
    public static final class ForeignFolderException extends IOException {
        private static final long serialVersionUID = 1L;

        ForeignFolderException(String message) {
            super(message);
        }
    }

    /**
     * A filled staging folder that has not replaced the target yet. {@link #commit} swaps it in;
     * {@link #close} without a commit deletes it and leaves the target untouched.
     */
    public static final class Staged implements AutoCloseable {
        private final Path staging;
        private final Path target;
        private final Set<String> ownFiles;
        private boolean committed;

        private Staged(Path staging, Path target, Set<String> ownFiles) {
            this.staging = staging;
            this.target = target;
            this.ownFiles = ownFiles;
        }

        /** Where the content waits until {@link #commit()}. */
        public Path folder() {
            return staging;
        }

        public void commit() throws IOException {
            if (committed) throw new IllegalStateException("Already committed: " + target);
            requireReplaceable(target, ownFiles);
            swap(staging, target, ownFiles);
            committed = true;
        }

        @Override
        public void close() throws IOException {
            deleteTree(staging);
        }
    }

    /** Writes {@code content} beside {@code target} and swaps it in. */
    public static void replace(Path target, Set<String> ownFiles, Content content) throws IOException {
        try (Staged staged = stage(target, ownFiles, content)) {
            staged.commit();
        }
    }

    /** Writes {@code content} beside {@code target}, leaving the swap to the caller. */
    public static Staged stage(Path target, Set<String> ownFiles, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        requireReplaceable(absolute, ownFiles);
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".new-");
        Staged staged = new Staged(staging, absolute, Set.copyOf(ownFiles));
        try {
            readableByAll(staging);
            content.writeTo(staging);
            return staged;
        } catch (IOException | RuntimeException | Error e) {
            staged.close();
            throw e;
        }
    }

    /**
     * Refuses a target that is a file, or a folder holding anything but {@code ownFiles}: replacing it would
     * delete what this program did not write.
     */
    public static void requireReplaceable(Path target, Set<String> ownFiles) throws IOException {
        if (Files.isSymbolicLink(target)) {
            throw new ForeignFolderException(target + ": is a symbolic link; a link is never followed to replace what "
                    + "it points at. Nothing was changed; give the folder itself");
        }
        if (!Files.exists(target)) return;
        if (!Files.isDirectory(target)) {
            throw new ForeignFolderException(target + ": is a file, not a folder; nothing was changed");
        }
        List<String> foreign;
        try (Stream<Path> entries = Files.list(target)) {
            // a link named like a dump is not a dump: it is never followed, so it counts as someone else's
            foreign = entries.filter(p -> !ownFiles.contains(p.getFileName().toString())
                            || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName() + (Files.isSymbolicLink(p) ? " (a symbolic link)"
                            : Files.isDirectory(p) ? "/" : ""))
                    .sorted()
                    .toList();
        }
        if (!foreign.isEmpty()) {
            String shown = String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))
                    + (foreign.size() > 5 ? " and " + (foreign.size() - 5) + " more" : "");
            throw new ForeignFolderException(target + ": is not empty and is not an earlier genai-kg output (it holds "
                    + shown + "); nothing was changed. Give an empty or new folder");
        }
    }

    private static void swap(Path staging, Path target, Set<String> ownFiles) throws IOException {
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
        if (previous != null) deleteOwn(previous, ownFiles);
    }

    /** Deletes the files this program wrote, then the folder if that left it empty. */
    private static void deleteOwn(Path folder, Set<String> ownFiles) throws IOException {
        for (String name : ownFiles) Files.deleteIfExists(folder.resolve(name));
        try {
            Files.deleteIfExists(folder);
        } catch (DirectoryNotEmptyException keep) {
            // something appeared after the check; it is not ours to delete
        }
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

    /** Deletes a folder this program created, with everything in it. */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
