package org.genaikg.web.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which names are compared by search: Unicode-compatibility folded (full-width letters and digits
 * become ASCII), lower-cased, without white space, brackets, quotation marks (《》“”「」…), dashes, underscores
 * or other punctuation except {@code . % & # @}, so that {@code 《人工智能生成合成内容标识办法》} finds its title and
 * {@code eu ai act} finds {@code eu-ai-act}.
 */
public final class SearchKey {
    private SearchKey() {}

    static String of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(folded.length());
        folded.codePoints().filter(SearchKey::kept).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static boolean kept(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) return false;
        return switch (Character.getType(c)) {
            case Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                 Character.FINAL_QUOTE_PUNCTUATION, Character.DASH_PUNCTUATION, Character.CONNECTOR_PUNCTUATION -> false;
            case Character.OTHER_PUNCTUATION -> c == '.' || c == '%' || c == '&' || c == '#' || c == '@';
            default -> true;
        };
    }
}
