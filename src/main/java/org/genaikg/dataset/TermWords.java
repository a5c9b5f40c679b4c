package org.genaikg.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.genaikg.vocab.Namespaces;

/**
 * What the pages call a class or property, in both languages: its label in the served graph (the ontology is part
 * of it), else the label in {@code page-labels.tsv} (standard vocabularies the ontology reuses without labelling),
 * else its prefixed name; and how the links that point at a resource by a property are headed, in plain words.
 */
public final class TermWords {
    private static final String TABLE = "page-labels.tsv";

    private record Row(Bilingual label, Bilingual incoming) {}

    private final LabelIndex labels;
    private final Map<Node, Row> table;

    private TermWords(LabelIndex labels, Map<Node, Row> table) {
        this.labels = labels;
        this.table = table;
    }

    public static TermWords of(LabelIndex labels) {
        return new TermWords(labels, readTable());
    }

    public Bilingual label(Node term) {
        Bilingual own = labels.label(term);
        if (!own.isEmpty()) return own;
        Row row = table.get(term);
        if (row != null && !row.label().isEmpty()) return row.label();
        String name = shortName(term);
        return new Bilingual(null, name, false);
    }

    /** The heading of the links that point at a resource by {@code property}, e.g. "Policies issued by this body". */
    public Bilingual incoming(Node property) {
        Row row = table.get(property);
        if (row != null && !row.incoming().isEmpty()) return row.incoming();
        Bilingual p = label(property);
        String en = p.en() != null ? p.en() : p.first("");
        String zh = p.zh() != null ? p.zh() : p.first("");
        return new Bilingual("通过“" + zh + "”指向此处的资源", "Linked here by “" + en + "”", false);
    }

    /** {@code prefix:local} when a project prefix covers the IRI, else the IRI. */
    public static String shortName(Node term) {
        if (!term.isURI()) return term.toString();
        return Namespaces.prefixes().shortForm(term.getURI());
    }

    private static Map<Node, Row> readTable() {
        Map<Node, Row> rows = new HashMap<>();
        try (InputStream in = TermWords.class.getResourceAsStream(TABLE)) {
            if (in == null) throw new IllegalStateException("missing class-path resource " + TABLE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 5) {
                    throw new IllegalStateException(TABLE + ":" + number + ": expected 5 tab-separated cells, found "
                            + cells.length + ": '" + line + "'");
                }
                String iri = Namespaces.prefixes().expandPrefix(cells[0]);
                if (iri.equals(cells[0])) {
                    throw new IllegalStateException(TABLE + ":" + number + ": column 'term': '" + cells[0]
                            + "' does not start with a known prefix");
                }
                rows.put(NodeFactory.createURI(iri), new Row(bilingual(cells[2], cells[1]), bilingual(cells[4], cells[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(rows);
    }

    private static Bilingual bilingual(String zh, String en) {
        return new Bilingual(zh.isEmpty() ? null : zh, en.isEmpty() ? null : en, false);
    }
}
