package org.genaikg.serve;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.RDF;

/**
 * A SELECT answer as SPARQL 1.1 Query Results JSON, byte for byte as ARQ's writer lays it out, written in strings
 * rather than ARQ's one character at a time through a synchronised buffer per quoted value: that writer was a tenth
 * of the server's time on a small answer. Streams through a buffer; holds no more of the answer than a row.
 */
final class SparqlJson {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private final Writer out;
    private final NodeToLabel labels = SyntaxLabels.createNodeToLabel();
    private int indent;
    private int column;

    private SparqlJson(Writer out) {
        this.out = out;
    }

    /** Writes {@code rows} to {@code stream} as UTF-8 and flushes. */
    static void write(OutputStream stream, RowSet rows) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 16 * 1024);
        new SparqlJson(writer).rowSet(rows);
        writer.flush();
    }

    private void rowSet(RowSet rows) throws IOException {
        List<Var> vars = rows.getResultVars();
        print("{");
        indent += 2;
        println("\"head\": {");
        indent += 2;
        print("\"vars\": [ ");
        indent += 2;
        for (int i = 0; i < vars.size(); i++) {
            print("\"");
            print(vars.get(i).getVarName());
            print("\"");
            if (i < vars.size() - 1) print(" , ");
        }
        indent -= 2;
        println(" ]");
        indent -= 2;
        print("}");
        println(" ,");
        println("\"results\": {");
        indent += 2;
        println("\"bindings\": [");
        indent += 2;
        boolean first = true;
        while (rows.hasNext()) {
            Binding row = rows.next();
            if (!first) println(" ,");
            row(vars, row);
            first = false;
        }
        newline();
        indent -= 2;
        println("]");
        indent -= 2;
        println("}");
        indent -= 2;
        println("}");
    }

    private void row(List<Var> vars, Binding row) throws IOException {
        print("{ ");
        indent += 2;
        boolean first = true;
        for (Var var : vars) {
            Node value = row.get(var);
            if (value == null) continue;
            if (!first) print(" ,");
            newline();
            quoted(var.getVarName());
            print(": ");
            value(value);
            first = false;
        }
        newline();
        indent -= 2;
        print("}");
    }

    private void value(Node value) throws IOException {
        boolean triple = value.isTripleTerm();
        if (triple) println("{");
        else print("{ ");
        indent += 2;
        if (value.isLiteral()) literal(value);
        else if (value.isURI()) member("uri", value.getURI());
        else if (value.isBlank()) member("bnode", labels.get(null, value).substring(2));
        else if (triple) tripleTerm(value.getTriple());
        else throw new IllegalArgumentException("not an RDF term of a SPARQL answer: " + value);
        if (triple) newline();
        else print(" ");
        indent -= 2;
        print("}");
    }

    private void member(String type, String lexical) throws IOException {
        print("\"type\": \"" + type + "\" , \"value\": ");
        quoted(lexical);
    }

    private void literal(Node literal) throws IOException {
        String datatype = literal.getLiteralDatatypeURI();
        boolean plain = XSDDatatype.XSDstring.getURI().equals(datatype) || RDF.langString.getURI().equals(datatype)
                || RDF.dirLangString.getURI().equals(datatype);
        print("\"type\": \"literal\" , ");
        if (plain) {
            String lang = literal.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                print("\"xml:lang\": ");
                quoted(lang);
                print(" , ");
            }
            if (literal.getLiteralBaseDirection() != null) {
                print("\"its:dir\": ");
                quoted(literal.getLiteralBaseDirection().direction());
                print(" , ");
            }
        } else {
            print("\"datatype\": ");
            quoted(datatype);
            print(" , ");
        }
        print("\"value\": ");
        quoted(literal.getLiteralLexicalForm());
    }

    private void tripleTerm(Triple triple) throws IOException {
        print("\"type\": \"triple\" , ");
        newline();
        print("\"value\": ");
        println("{");
        indent += 2;
        print("\"subject\": ");
        print(" ");
        value(triple.getSubject());
        println(" ,");
        print("\"predicate\": ");
        value(triple.getPredicate());
        println(" ,");
        print("\"object\": ");
        print("  ");
        value(triple.getObject());
        indent -= 2;
        newline();
        print("}");
    }

    /** A JSON string with ARQ's escapes: also {@code </} and the controls and punctuation of U+2000–U+20FF. */
    private void quoted(String s) throws IOException {
        pad();
        out.write('"');
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '/' -> i > 0 && s.charAt(i - 1) == '<' ? "\\/" : null;
                case '\b' -> "\\b";
                case '\f' -> "\\f";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> c < ' ' || c >= '\u007F' && c <= '\u009F' || c >= '\u2000' && c < '\u2100'
                        ? new String(new char[] {'\\', 'u', HEX[c >> 12 & 15], HEX[c >> 8 & 15], HEX[c >> 4 & 15], HEX[c & 15]})
                        : null;
            };
            if (escape == null) continue;
            out.write(s, from, i - from);
            out.write(escape);
            column += i - from + escape.length();
            from = i + 1;
        }
        out.write(s, from, s.length() - from);
        out.write('"');
        column += s.length() - from + 2;
    }

    /** Text without line breaks, at the indent when it starts a line. */
    private void print(String text) throws IOException {
        pad();
        out.write(text);
        column += text.length();
    }

    private void println(String text) throws IOException {
        print(text);
        newline();
    }

    /** A line break; an empty line is padded to the indent, as ARQ's writer does. */
    private void newline() throws IOException {
        pad();
        out.write('\n');
        column = 0;
    }

    private void pad() throws IOException {
        while (column < indent) {
            out.write(' ');
            column++;
        }
    }
}
