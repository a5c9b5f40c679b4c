package org.genaikg.table;

/**
 * Text from the tables made safe to print: control characters and invisible characters (such as a right-to-left
 * override or a zero-width space) are written as escapes, so that a message shows the value instead of letting a terminal
 * obey it.
 */
public final class VisibleText {
    private VisibleText() {}

    public static String of(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            boolean escape = type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR || CellText.isInvisible(c);
            if (escape && sb == null) sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            if (sb != null) {
                if (!escape) sb.appendCodePoint(c);
                else if (c == '\n') sb.append("\\n");
                else if (c == '\r') sb.append("\\r");
                else if (c == '\t') sb.append("\\t");
                else sb.append(String.format("\\u%04X", c));
            }
            i += Character.charCount(c);
        }
        return sb == null ? text : sb.toString();
    }
}
