package org.genaikg.table;

import java.util.regex.Pattern;

/**
 * Folds text so that a quote copied from the report matches it regardless of line breaks, spacing,
 * Markdown emphasis and superscript footnote marks, which the report's text layout adds.
 */
public final class QuoteFolding {
    private static final Pattern NOISE = Pattern.compile("[\\s\\u00A0\\u3000*\\u2070\\u00B9\\u00B2\\u00B3\\u2074-\\u2079]");

    private QuoteFolding() {}

    public static String fold(String text) {
        return NOISE.matcher(text).replaceAll("");
    }
}
