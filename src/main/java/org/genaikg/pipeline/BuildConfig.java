package org.genaikg.pipeline;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything a build needs, fixed before it starts. Paths are shown in messages as the user typed them.
 *
 * @param data      the folder of curated tables
 * @param ontology  the folder with {@code genai-kg.ttl} and {@code shapes.ttl}
 * @param out       where the dumps go; {@code null} to check only
 * @param shacl     whether to validate with SHACL and the Data Cube constraints (off only for benchmarks)
 * @param publicUrl the base URL the dumps and endpoint are published at, without a trailing slash
 */
public record BuildConfig(Path data, Path ontology, Path out, boolean shacl, String publicUrl) {
    public static final Path DEFAULT_DATA = Path.of("data");
    public static final Path DEFAULT_ONTOLOGY = Path.of("ontology");
    public static final Path DEFAULT_OUT = Path.of("target", "dumps");
    public static final String DEFAULT_PUBLIC_URL = "http://127.0.0.1:3030";

    public BuildConfig {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(ontology, "ontology");
        Objects.requireNonNull(publicUrl, "publicUrl");
        if (publicUrl.endsWith("/")) publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
    }

    public static BuildConfig defaults() {
        return new BuildConfig(DEFAULT_DATA, DEFAULT_ONTOLOGY, DEFAULT_OUT, true, DEFAULT_PUBLIC_URL);
    }

    public BuildConfig withOut(Path newOut) {
        return new BuildConfig(data, ontology, newOut, shacl, publicUrl);
    }

    public BuildConfig withData(Path newData) {
        return new BuildConfig(newData, ontology, out, shacl, publicUrl);
    }

    public BuildConfig withShacl(boolean on) {
        return new BuildConfig(data, ontology, out, on, publicUrl);
    }

    public Path ontologyFile() { return ontology.resolve("genai-kg.ttl"); }
    public Path shapesFile() { return ontology.resolve("shapes.ttl"); }
}
