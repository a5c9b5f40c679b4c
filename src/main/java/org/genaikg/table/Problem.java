package org.genaikg.table;

/**
 * One thing wrong with the input, located as an editor shows it: file, line (the header is line 1) and,
 * when it concerns one cell, the column's name.
 */
public record Problem(String file, int line, String column, String message) implements Comparable<Problem> {

    public static Problem inFile(String file, int line, String message) {
        return new Problem(file, line, null, message);
    }

    public static Problem inCell(String file, int line, String column, String message) {
        return new Problem(file, line, column, message);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) sb.append(':').append(line);
        sb.append(": ");
        if (column != null) sb.append("column '").append(column).append("': ");
        return VisibleText.of(sb.append(message).toString());
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        if (c != 0) return c;
        return toString().compareTo(o.toString());
    }
}
