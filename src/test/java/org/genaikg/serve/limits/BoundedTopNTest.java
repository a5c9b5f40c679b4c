package org.genaikg.serve.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The server's own top-N: the shapes ARQ turns into a top-N, up to the server's threshold rather than ARQ's. */
class BoundedTopNTest {
    private static final int THRESHOLD = 5000;

    @ParameterizedTest(name = "{0} → top-N {1}")
    @CsvSource(delimiter = '|', value = {
            "SELECT * WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 2000|true",
            "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 2000 OFFSET 100|true",
            "SELECT DISTINCT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 2000|true",
            "SELECT REDUCED * WHERE { ?s ?p ?o } ORDER BY ?o LIMIT 2000|true",
            "SELECT DISTINCT ?s WHERE { ?s ?p ?o } ORDER BY ?o LIMIT 2000|false",
            "SELECT * WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 4999|true",
            "SELECT * WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 5000|false",
            "SELECT * WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 4000 OFFSET 1000|false",
            "SELECT * WHERE { ?s ?p ?o } LIMIT 10|false",
            "SELECT * WHERE { ?s ?p ?o } ORDER BY ?s|false"})
    void orderedSlicesUnderTheThresholdBecomeTopN(String query, boolean topN) {
        Op op = Walker.transform(Algebra.compile(QueryFactory.create(query)), new BoundedTopN(THRESHOLD));
        assertEquals(topN, op.toString().contains("(top "), op.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 2000 OFFSET 100|2100",
            "SELECT * WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 3000|3000"})
    void theTopKeepsTheRowsBeforeTheOffsetToo(String query, int kept) {
        Op op = Walker.transform(Algebra.compile(QueryFactory.create(query)), new BoundedTopN(THRESHOLD));
        OpTopN[] top = new OpTopN[1];
        org.apache.jena.sparql.algebra.OpVisitorBase finder = new org.apache.jena.sparql.algebra.OpVisitorBase() {
            @Override
            public void visit(OpTopN opTop) {
                top[0] = opTop;
            }
        };
        org.apache.jena.sparql.algebra.OpWalker.walk(op, finder);
        assertTrue(top[0] != null, op.toString());
        assertEquals(kept, top[0].getLimit());
    }
}
