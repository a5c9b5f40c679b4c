package org.genaikg.serve.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The memory guard looks at the old generation only, under each collector the server may run with: the server
 * relaunches itself with the serial collector, whose survivor space is often full right after a young collection.
 */
class MemoryPressureTest {

    @Test
    void onlyTheOldGenerationCountsInThisJvm() {
        List<String> names = MemoryPressure.oldGenerations(ManagementFactory.getMemoryPoolMXBeans()).stream()
                .map(p -> p.getName()).toList();
        assertEquals(1, names.size(), names.toString());
        assertFalse(names.get(0).contains("Eden") || names.get(0).contains("Survivor"), names.toString());
    }

    @Test
    void aFullSurvivorSpaceIsNotAShortHeapUnderTheSerialCollector() throws Exception {
        assertEquals("survivor-full short=false\nold-full short=true", probe("-XX:+UseSerialGC"));
    }

    @Test
    void aFullOldGenerationIsAShortHeapUnderG1() throws Exception {
        assertTrue(probe("-XX:+UseG1GC").endsWith("old-full short=true"));
    }

    /** Runs {@link Probe} in a JVM of its own with a 64 MB heap and the given collector; what it printed. */
    private static String probe(String collector) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx64m", "-Xmn24m", collector, "-cp",
                System.getProperty("java.class.path"), Probe.class.getName()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** Fills the survivor space with live data through young collections, then fills the old generation. */
    public static final class Probe {
        static volatile Object sink;

        public static void main(String[] args) {
            MemoryPressure pressure = new MemoryPressure(MemoryPressure.SHORT_AFTER_GC);
            var survivor = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getName().contains("Survivor")).findFirst().orElseThrow();
            // a few MB kept alive across young collections, while garbage forces those collections
            List<byte[]> young = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) young.add(new byte[1024]);
            boolean survivorWasFull = false;
            for (int round = 0; round < 200_000 && !survivorWasFull; round++) {
                sink = new byte[4096];
                var after = survivor.getCollectionUsage();
                long max = survivor.getUsage().getMax();
                // under G1 the survivor space has no maximum: the old generation is then the only check
                survivorWasFull = max <= 0 || after != null && after.getUsed() > 0.8 * max;
            }
            if (survivor.getUsage().getMax() > 0 && !survivorWasFull) throw new IllegalStateException("survivor never full");
            System.out.println("survivor-full short=" + pressure.isShort());
            var tenured = MemoryPressure.oldGenerations(ManagementFactory.getMemoryPoolMXBeans()).get(0);
            List<byte[]> old = new ArrayList<>();
            while (tenured.getUsage().getUsed() < 0.88 * tenured.getUsage().getMax()) old.add(new byte[1 << 15]);
            System.gc();
            System.out.println("old-full short=" + pressure.isShort());
            sink = old.size() + young.size();
        }
    }
}
