package org.genaikg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One of the competency queries in {@code queries/}: its name, the question it answers in Chinese and English
 * (header lines {@code # zh:} and {@code # en:}), what the answer shows ({@code # shows:}), and its text.
 */
public record ExampleQuery(String name, String questionZh, String questionEn, String shows, String text) {

    public static ExampleQuery read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            return new ExampleQuery(name, header(text, "zh"), header(text, "en"), header(text, "shows"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code .rq} file of the folder, in name order. */
    public static List<ExampleQuery> all(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            List<ExampleQuery> result = new ArrayList<>();
            files.filter(p -> p.toString().endsWith(".rq")).sorted().forEach(p -> result.add(read(p)));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(String text, String key) {
        StringBuilder value = new StringBuilder();
        boolean inKey = false;
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) break;
            String body = line.substring(1).strip();
            if (body.startsWith(key + ":")) {
                value.append(body.substring(key.length() + 1).strip());
                inKey = true;
            } else if (inKey && !body.isEmpty() && !body.matches("[a-z]+:.*")) {
                value.append(' ').append(body);
            } else {
                inKey = false;
            }
        }
        return value.toString();
    }
}
