package org.genaikg.table;

import com.ibm.icu.text.SpoofChecker;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Two names of one kind that look the same to a reader must be the same name: a name that differs from another only
 * by look-alike characters (Latin 'a' and Cyrillic 'а', '0' and 'O' …) or by Unicode normalisation (a precomposed
 * 'é' and 'e' with a combining accent, full-width 'Ａ') is refused, naming the row it imitates. Names are compared
 * by their confusable skeleton (Unicode TR 39) after NFKC normalisation.
 */
final class LookAlikeNames {
    /** The columns that name a row: its names and titles in either language. */
    static final Pattern NAME_COLUMN = Pattern.compile("(name|title|label)_(zh|en|en_translated)");
    private final SpoofChecker skeletons = new SpoofChecker.Builder().build();

    /** Adds a problem for each name that looks like an earlier, different name of the same table. */
    void check(Table table, Problems problems) {
        Map<String, Seen> bySkeleton = new HashMap<>();
        for (Row row : table.rows()) {
            for (Column column : table.schema().columns()) {
                if (!NAME_COLUMN.matcher(column.name()).matches()) continue;
                String name = row.get(column.name());
                if (name == null || name.isEmpty()) continue;
                Seen earlier = bySkeleton.putIfAbsent(skeleton(name), new Seen(name, row.line(), column.name()));
                if (earlier != null && !earlier.name().equals(name)) {
                    problems.add(row.problem(column.name(), "'" + VisibleText.of(name) + "' looks the same as '"
                            + VisibleText.of(earlier.name()) + "' (line " + earlier.line() + ", column '"
                            + earlier.column() + "') but is spelled with other characters (" + firstDifference(name,
                            earlier.name()) + "); write the same name the same way, or give a name that reads differently"));
                }
            }
        }
    }

    /** Where two names part: the character of each, by code point and Unicode name. */
    static String firstDifference(String name, String other) {
        int i = 0;
        int position = 1;
        while (i < name.length() && i < other.length() && name.codePointAt(i) == other.codePointAt(i)) {
            i += Character.charCount(name.codePointAt(i));
            position++;
        }
        return "character " + position + " is " + describe(name, i) + " where the other has " + describe(other, i);
    }

    private static String describe(String text, int at) {
        if (at >= text.length()) return "nothing";
        int c = text.codePointAt(at);
        String unicodeName = Character.getName(c);
        return String.format("U+%04X", c) + (unicodeName == null ? "" : " (" + unicodeName + ")");
    }

    String skeleton(String name) {
        return skeletons.getSkeleton(Normalizer.normalize(name, Normalizer.Form.NFKC));
    }

    private record Seen(String name, int line, String column) {}
}
