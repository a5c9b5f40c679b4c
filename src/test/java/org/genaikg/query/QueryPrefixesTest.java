package org.genaikg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.genaikg.vocab.Namespaces;
import org.genaikg.vocab.ResourcePrefixes;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example query (each {@code queries/*.rq} and each {@code sparql} block of the READMEs) parses on its own,
 * as a user pastes it into any SPARQL client, and names resources with the per-kind prefixes rather than full IRIs.
 */
class QueryPrefixesTest {
    private static final Pattern SPARQL_BLOCK = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern RESOURCE_IRI =
            Pattern.compile("<" + Pattern.quote(Namespaces.RES) + "([a-z]+)/[a-z0-9-]+>");

    static Stream<Named<String>> examples() throws IOException {
        List<Named<String>> all = new ArrayList<>();
        for (ExampleQuery q : ExampleQuery.all(Path.of("queries"))) all.add(Named.of(q.name() + ".rq", q.text()));
        for (String readme : List.of("README.md", "data/README.md", "ontology/README.md")) {
            Matcher m = SPARQL_BLOCK.matcher(Files.readString(Path.of(readme)));
            for (int i = 1; m.find(); i++) all.add(Named.of(readme + " example " + i, m.group(1)));
        }
        return all.stream();
    }

    @Test
    void theReadmeShowsPrefixedExamples() throws IOException {
        assertTrue(examples().filter(e -> e.getName().startsWith("README.md")).count() >= 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void parsesOnItsOwnAndUsesThePerKindPrefixes(String text) {
        Query query = QueryFactory.create(text);
        List<String> fullIris = new ArrayList<>();
        Matcher m = RESOURCE_IRI.matcher(text);
        while (m.find()) {
            if (ResourcePrefixes.NAMESPACES.containsValue(Namespaces.RES + m.group(1) + "/")) fullIris.add(m.group());
        }
        assertEquals(List.of(), fullIris, "write these with their per-kind prefix");
        for (Map.Entry<String, String> p : query.getPrefixMapping().getNsPrefixMap().entrySet()) {
            String expected = ResourcePrefixes.NAMESPACES.get(p.getKey());
            if (expected != null) assertEquals(expected, p.getValue(), "namespace of prefix " + p.getKey() + ":");
        }
    }
}
