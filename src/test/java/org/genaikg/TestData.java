package org.genaikg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** Builds data folders for tests: the minimal valid base tables, with a case's files laid over them. */
public final class TestData {
    public static final Path BASE = Path.of("src/test/resources/tables/base");
    public static final Path REAL = Path.of("data");

    private TestData() {}

    /**
     * Copies the base tables into {@code target}, then the case's files over them. A case file named
     * {@code -NAME} deletes {@code NAME} instead (to test a missing table).
     */
    public static Path overlay(Path caseFolder, Path target) {
        copyTree(BASE, target);
        if (caseFolder != null) {
            try (Stream<Path> files = Files.walk(caseFolder)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path rel = caseFolder.relativize(f);
                    String name = rel.getFileName().toString();
                    if (name.equals("expected.txt") || name.equals("expected.ttl")) continue;
                    if (name.startsWith("-")) {
                        Files.deleteIfExists(target.resolve(rel).resolveSibling(name.substring(1)));
                        continue;
                    }
                    Path dest = target.resolve(rel);
                    Files.createDirectories(dest.getParent());
                    Files.copy(f, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return target;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(dest);
                else Files.copy(f, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sub-folders of a folder of cases, in name order, for parameterised tests. */
    public static List<Path> cases(String folder) {
        try (Stream<Path> dirs = Files.list(Path.of(folder))) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
