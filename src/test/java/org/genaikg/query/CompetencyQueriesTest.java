package org.genaikg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.genaikg.RealBuild;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code queries/*.rq} answers the built graph with the rows of its {@code .expected.csv}, written from the
 * report: in order when the query orders its answer, as a multiset otherwise.
 */
class CompetencyQueriesTest {
    private static final CsvMapper CSV = new CsvMapper();
    private static Graph graph;

    @BeforeAll
    static void build() {
        graph = RealBuild.graph();
    }

    static Stream<Named<ExampleQuery>> queries() {
        return ExampleQuery.all(Path.of("queries")).stream().map(q -> Named.of(q.name(), q));
    }

    @Test
    void thereAreAtLeastThirtyQuestions() {
        assertTrue(ExampleQuery.all(Path.of("queries")).size() >= 30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void answersAsTheReportSays(ExampleQuery q) throws IOException {
        assertFalse(q.questionZh().isBlank(), "# zh: question");
        assertFalse(q.questionEn().isBlank(), "# en: question");
        assertFalse(q.shows().isBlank(), "# shows: what the answer shows");
        Path expectedFile = Path.of("queries", q.name() + ".expected.csv");
        assertTrue(Files.exists(expectedFile), "missing " + expectedFile);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(graph, q.text(), QueryRunner.Format.CSV, out);
        List<List<String>> actual = rows(out.toString(StandardCharsets.UTF_8));
        List<List<String>> expected = rows(Files.readString(expectedFile, StandardCharsets.UTF_8));
        assertEquals(expected.get(0), actual.get(0), "columns");
        Query parsed = QueryRunner.parse(q.text());
        if (parsed.hasOrderBy()) {
            assertEquals(expected, actual);
        } else {
            assertEquals(sorted(expected), sorted(actual));
        }
    }

    private static List<List<String>> rows(String csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(csv.replace("\r\n", "\n"))) {
            while (it.hasNext()) {
                String[] r = it.next();
                if (r.length == 1 && r[0].isEmpty()) continue;
                rows.add(Arrays.asList(r));
            }
        }
        return rows;
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> body = new ArrayList<>(rows.subList(1, rows.size()));
        body.sort(Comparator.comparing(Object::toString));
        return body;
    }
}
