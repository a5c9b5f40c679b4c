package org.genaikg.serve.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.genaikg.RealBuild;
import org.genaikg.query.ExampleQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A query parsed once and copied for each use means what it said: the same syntax, the same answer. */
class ParsedQueriesTest {
    static List<ExampleQuery> examples() {
        return ExampleQuery.all(Path.of("queries"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aCopyOfAParsedQueryIsTheQueryAndAnswersTheSame(ExampleQuery example) {
        ParsedQueries parsed = new ParsedQueries(8, 64 * 1024);
        AtomicInteger parses = new AtomicInteger();
        Query first = parsed.parse(example.text(), t -> { parses.incrementAndGet(); return QueryFactory.create(t); });
        Query second = parsed.parse(example.text(), t -> { parses.incrementAndGet(); return QueryFactory.create(t); });
        assertEquals(1, parses.get(), "parsed once");
        assertNotSame(first, second, "each use has its own copy");
        Query direct = QueryFactory.create(example.text());
        assertEquals(direct.serialize(), second.serialize());
        DatasetGraph dataset = DatasetGraphFactory.wrap(RealBuild.graph());
        assertEquals(answer(dataset, direct), answer(dataset, second));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aCapOnOneCopyLeavesTheNextWhole(ExampleQuery example) {
        ParsedQueries parsed = new ParsedQueries(8, 64 * 1024);
        Query capped = parsed.parse(example.text(), QueryFactory::create);
        long limit = capped.getLimit();
        capped.setLimit(1);
        assertEquals(limit, parsed.parse(example.text(), QueryFactory::create).getLimit());
    }

    @org.junit.jupiter.api.Test
    void aTextThatDoesNotParseIsNotKept() {
        ParsedQueries parsed = new ParsedQueries(8, 64 * 1024);
        AtomicInteger parses = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            assertThrows(QueryParseException.class, () -> parsed.parse("SELECT ?x WHERE {", t -> {
                parses.incrementAndGet();
                return QueryFactory.create(t);
            }));
        }
        assertEquals(2, parses.get());
    }

    private static String answer(DatasetGraph dataset, Query query) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (query.isSelectType()) ResultSetFormatter.outputAsCSV(out, org.apache.jena.query.ResultSet.adapt(exec.select()));
            else if (query.isAskType()) return String.valueOf(exec.ask());
            else return String.valueOf(exec.construct().size());
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
