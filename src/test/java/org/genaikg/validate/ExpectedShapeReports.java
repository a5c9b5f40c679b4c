package org.genaikg.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.genaikg.CompactTurtle;

/**
 * Writes each SHACL case's {@code expected.ttl} from the report its overlay gives now. Never run by the tests:
 * run it after a deliberate change of the shapes or the world, then review the diff.
 * <pre>mvn -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.genaikg.validate.ExpectedShapeReports [-Dexec.args=CASE-NAME]</pre>
 */
public final class ExpectedShapeReports {
    private ExpectedShapeReports() {}

    public static void main(String[] args) throws IOException {
        ShapeCases cases = ShapeCases.load();
        for (Path folder : ShapeCases.folders()) {
            if (args.length > 0 && !folder.getFileName().toString().equals(args[0])) continue;
            Files.writeString(folder.resolve(ShapeCases.EXPECTED), turtle(cases.report(folder)), StandardCharsets.UTF_8);
        }
    }

    static String turtle(Model report) {
        return CompactTurtle.write(report, ShapeCases.reportPrefixes());
    }
}
