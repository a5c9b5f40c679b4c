package org.genaikg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** README.md lists every example query with its questions, as the query file states them. */
class ReadmeQueriesTest {

    @Test
    void everyQueryIsListedWithItsQuestions() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> missing = new ArrayList<>();
        List<ExampleQuery> queries = ExampleQuery.all(Path.of("queries"));
        for (ExampleQuery q : queries) {
            String row = "| [`" + q.name() + ".rq`](queries/" + q.name() + ".rq) | " + q.questionZh() + " | "
                    + q.questionEn() + " |";
            if (!readme.contains(row)) missing.add(q.name());
        }
        assertEquals(List.of(), missing, "README.md must list these queries with their current questions");
        assertTrue(queries.size() >= 30);
    }
}
