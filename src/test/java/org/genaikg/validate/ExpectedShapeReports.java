package org.genaikg.validate;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.genaikg.vocab.Namespaces;

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

    /** Turtle with relative resource IRIs and only the prefixes it uses, so that a diff shows just the results. */
    static String turtle(Model report) {
        PrefixMapping all = ShapeCases.reportPrefixes();
        report.setNsPrefixes(all);
        String body = write(report).lines().filter(l -> !l.startsWith("PREFIX") && !l.startsWith("BASE"))
                .collect(Collectors.joining("\n"));
        PrefixMapping used = PrefixMapping.Factory.create();
        for (Map.Entry<String, String> p : all.getNsPrefixMap().entrySet()) {
            if (body.matches("(?s).*[\\s(\\[]" + Pattern.quote(p.getKey() + ":") + ".*")) used.setNsPrefix(p.getKey(), p.getValue());
        }
        report.clearNsPrefixMap().setNsPrefixes(used);
        return write(report);
    }

    private static String write(Model report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(report).format(RDFFormat.TURTLE_PRETTY).base(Namespaces.RES).output(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
