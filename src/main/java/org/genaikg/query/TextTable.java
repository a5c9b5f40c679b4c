package org.genaikg.query;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.FmtUtils;
import org.genaikg.table.VisibleText;

/**
 * A SELECT answer as a text table for the terminal, in the layout of Jena's own text output, but with columns
 * padded by display width so that rows with Chinese names line up, and with control characters from the data
 * shown as escapes rather than sent to the terminal.
 */
final class TextTable {
    private TextTable() {}

    static void print(ResultSet results, PrefixMapping prefixes, PrintStream out) {
        List<String> vars = results.getResultVars();
        List<String[]> rows = new ArrayList<>();
        while (results.hasNext()) {
            Binding binding = results.nextBinding();
            String[] cells = new String[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                Node node = binding.get(vars.get(i));
                cells[i] = node == null ? "" : VisibleText.of(FmtUtils.stringForNode(node, prefixes));
            }
            rows.add(cells);
        }
        int[] widths = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            widths[i] = DisplayWidth.of(vars.get(i));
            for (String[] row : rows) widths[i] = Math.max(widths[i], DisplayWidth.of(row[i]));
        }
        int total = 1;
        for (int w : widths) total += w + 3;
        out.println("-".repeat(total));
        out.println(line(vars.toArray(String[]::new), widths));
        out.println("=".repeat(total));
        for (String[] row : rows) out.println(line(row, widths));
        out.println("-".repeat(total));
        out.flush();
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            sb.append(' ').append(cells[i]).append(" ".repeat(widths[i] - DisplayWidth.of(cells[i]))).append(" |");
        }
        return sb.toString();
    }
}
