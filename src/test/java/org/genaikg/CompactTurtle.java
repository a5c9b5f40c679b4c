package org.genaikg;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.genaikg.vocab.Namespaces;

/** Turtle for expected files: resource IRIs relative to {@code res:}, and only the prefixes the triples use. */
public final class CompactTurtle {
    private CompactTurtle() {}

    public static String write(Model model, PrefixMapping prefixes) {
        PrefixMapping all = PrefixMapping.Factory.create().setNsPrefixes(prefixes);
        all.removeNsPrefix("res");
        model.clearNsPrefixMap().setNsPrefixes(all);
        String body = turtle(model).lines().filter(l -> !l.startsWith("PREFIX") && !l.startsWith("BASE"))
                .collect(Collectors.joining("\n"));
        PrefixMapping used = PrefixMapping.Factory.create();
        for (Map.Entry<String, String> p : all.getNsPrefixMap().entrySet()) {
            if (Pattern.compile("[\\s(\\[^]" + Pattern.quote(p.getKey() + ":")).matcher(body).find()) {
                used.setNsPrefix(p.getKey(), p.getValue());
            }
        }
        model.clearNsPrefixMap().setNsPrefixes(used);
        return turtle(model);
    }

    private static String turtle(Model model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(model).format(RDFFormat.TURTLE_PRETTY).base(Namespaces.RES).output(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
