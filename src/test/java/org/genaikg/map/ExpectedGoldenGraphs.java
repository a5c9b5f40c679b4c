package org.genaikg.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.genaikg.TestData;

/**
 * Writes each golden case's {@code expected.ttl} (and {@code removed.ttl} where the case replaces base rows), and
 * {@code base.ttl} (the graph of the base tables), from what the mappers make of them now. Never run by the tests:
 * run it after a deliberate change of a mapper, then review the diff.
 * <pre>mvn -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.genaikg.map.ExpectedGoldenGraphs [-Dexec.args=CASE-NAME]</pre>
 */
public final class ExpectedGoldenGraphs {
    private ExpectedGoldenGraphs() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].equals("base")) {
            Files.writeString(GoldenCase.BASE_GRAPH, GoldenCase.turtle(GoldenCase.baseGraph()), StandardCharsets.UTF_8);
        }
        for (Path folder : TestData.cases(GoldenCasesTest.FOLDER)) {
            if (args.length > 0 && !folder.getFileName().toString().equals(args[0])) continue;
            Path work = Files.createTempDirectory("golden-");
            GoldenCase golden = GoldenCase.in(folder, work.resolve("data"));
            Files.writeString(folder.resolve(GoldenCase.ADDED), GoldenCase.turtle(golden.added()), StandardCharsets.UTF_8);
            Model removed = golden.removed();
            if (removed.isEmpty()) Files.deleteIfExists(folder.resolve(GoldenCase.REMOVED));
            else Files.writeString(folder.resolve(GoldenCase.REMOVED), GoldenCase.turtle(removed), StandardCharsets.UTF_8);
        }
    }
}
