package org.genaikg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.ARQ;
import org.genaikg.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers in one JVM with different limits keep them apart: neither changes ARQ's JVM-wide context nor the
 * JVM's memory pools, and each answers by its own row cap — an ordered query past ARQ's own top-N size included.
 */
class IndependentServersTest {
    private static final String ORDERED = "SELECT ?s ?p WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 1500";

    @Test
    void twoServersKeepTheirOwnLimits(@TempDir Path temp) throws Exception {
        Object topNBefore = ARQ.getContext().get(ARQ.topNSortingThreshold);
        Map<String, Long> poolsBefore = collectionThresholds();
        ServeConfig base = ServeConfig.defaults(temp.resolve("dumps"), Path.of("queries"));
        try (TestServer few = TestServer.start(TestData.REAL, temp.resolve("dumps"), base.withLimits(4, 10, 16 * 1024));
             TestServer many = TestServer.start(TestData.REAL, temp.resolve("dumps"), base.withLimits(4, 1200, 16 * 1024))) {
            assertEquals(topNBefore, ARQ.getContext().get(ARQ.topNSortingThreshold), "ARQ's global top-N threshold");
            assertEquals(poolsBefore, collectionThresholds(), "the JVM's memory pool thresholds");

            HttpResponse<String> fewAnswer = csv(few);
            HttpResponse<String> manyAnswer = csv(many);
            assertEquals(200, fewAnswer.statusCode(), fewAnswer.body());
            assertEquals(200, manyAnswer.statusCode(), manyAnswer.body());
            assertEquals(10, rows(fewAnswer), "the first server's cap");
            assertEquals(1200, rows(manyAnswer), "the second server's cap");
            assertTrue(fewAnswer.headers().firstValue(GuardedQueryAction.ROW_CAP_HEADER).orElse("").startsWith("10;"));
            assertTrue(manyAnswer.headers().firstValue(GuardedQueryAction.ROW_CAP_HEADER).orElse("").startsWith("1200;"));
            // the same first rows: both sorted the same way, each keeping only what it answers
            assertEquals(manyAnswer.body().lines().limit(11).toList(), fewAnswer.body().lines().toList());
        }
        assertEquals(topNBefore, ARQ.getContext().get(ARQ.topNSortingThreshold));
    }

    private static HttpResponse<String> csv(TestServer server) throws Exception {
        return server.get("/kg/sparql?query=" + URLEncoder.encode(ORDERED, StandardCharsets.UTF_8), "text/csv");
    }

    private static long rows(HttpResponse<String> csv) {
        return csv.body().lines().count() - 1;
    }

    private static Map<String, Long> collectionThresholds() {
        Map<String, Long> thresholds = new LinkedHashMap<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.isCollectionUsageThresholdSupported()) thresholds.put(pool.getName(), pool.getCollectionUsageThreshold());
        }
        return thresholds;
    }
}
