package org.genaikg.table;

import java.util.Optional;

/**
 * Checks every cell must pass whatever its column's type: nothing invisible or executable, and a size a person can
 * curate. A curated value travels into dumps, web pages, terminals and spreadsheets, and each of these misreads
 * something: a terminal obeys escape sequences, a browser reorders text around a bidirectional override, a
 * spreadsheet runs a cell that starts with '=' as a formula.
 */
final class CellText {
    /** Longer than any quote or note of the report's tables by an order of magnitude. */
    static final int MAX_CHARACTERS = 4000;

    private CellText() {}

    /**
     * Empty when {@code value} (non-empty) is acceptable text; otherwise the reason, starting after the value.
     *
     * @param multiline whether the column holds free text that may span lines
     */
    static Optional<String> problem(String value, boolean multiline) {
        if (value.length() > MAX_CHARACTERS) {
            return Optional.of("is " + value.length() + " characters long; a cell holds at most " + MAX_CHARACTERS);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // every control and bidirectional character lies in these ranges; most text (ASCII, CJK) lies outside
            if (c >= 0x20 && c < 0x7F || c > 0x2069 || c >= 0xA0 && c < 0x061C || c > 0x061C && c < 0x200E) continue;
            if (c == '\n') {
                if (multiline) continue;
                return Optional.of("contains a line break, but this column holds a single line");
            }
            if (Character.getType(c) == Character.CONTROL) {
                return Optional.of("contains the control character " + describe(c) + " at character " + (i + 1)
                        + "; remove it");
            }
            if (isBidiControl(c)) {
                return Optional.of("contains the invisible bidirectional control " + describe(c) + " at character "
                        + (i + 1) + ", which reorders how the text around it is shown; remove it");
            }
        }
        if (!value.strip().equals(value)) return Optional.of("has leading or trailing white space");
        if (looksLikeFormula(value)) {
            return Optional.of("starts with '" + value.charAt(0) + "', which a spreadsheet runs as a formula; "
                    + "rephrase it so that it starts otherwise");
        }
        return Optional.empty();
    }

    private static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** The characters that make a spreadsheet evaluate a cell, unless the cell is a plain (negative) number. */
    private static boolean looksLikeFormula(String value) {
        char first = value.charAt(0);
        if (first == '=' || first == '@') return true;
        return (first == '+' || first == '-') && !value.matches("[+-][0-9]+(\\.[0-9]+)?");
    }

    private static String describe(int c) {
        String name = Character.getName(c);
        return String.format("U+%04X", c) + (name == null ? "" : " (" + name + ")");
    }
}
