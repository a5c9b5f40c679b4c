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
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            int at = i + 1;
            i += Character.charCount(c);
            // every control, bidirectional and invisible character lies outside these ranges; most text (ASCII, CJK) inside
            if (c >= 0x20 && c < 0x7F || c >= 0x4E00 && c <= 0x9FFF || c >= 0xA0 && c < 0xAD) continue;
            if (c == '\n') {
                if (multiline) continue;
                return Optional.of("contains a line break, but this column holds a single line");
            }
            if (Character.getType(c) == Character.CONTROL) {
                return Optional.of("contains the control character " + describe(c) + " at character " + at + "; remove it");
            }
            if (isBidiControl(c)) {
                return Optional.of("contains the invisible bidirectional control " + describe(c) + " at character "
                        + at + ", which reorders how the text around it is shown; remove it");
            }
            if (c == 0x2028 || c == 0x2029) {
                return Optional.of("contains the " + describe(c) + " at character " + at
                        + (multiline ? ", which not every reader shows as a break; use a plain line break"
                        : ", but this column holds a single line"));
            }
            if (isInvisible(c)) {
                return Optional.of("contains the invisible character " + describe(c) + " at character " + at
                        + ", which makes text that looks the same compare different; remove it");
            }
        }
        if (!value.strip().equals(value)) return Optional.of("has leading or trailing white space");
        if (looksLikeFormula(value)) {
            return Optional.of("starts with '" + value.charAt(0) + "', which a spreadsheet runs as a formula; "
                    + "rephrase it so that it starts otherwise");
        }
        return Optional.empty();
    }

    /**
     * Characters that show nothing: format characters (zero-width space and joiners, word joiner, soft hyphen,
     * byte-order mark, tag characters …), variation selectors, the combining grapheme joiner and the blank letters
     * of Hangul.
     */
    static boolean isInvisible(int c) {
        return Character.getType(c) == Character.FORMAT || c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF
                || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x180E;
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
