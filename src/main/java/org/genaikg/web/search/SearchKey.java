package org.genaikg.web.search;

import java.text.Normalizer;
import java.util.BitSet;
import java.util.Locale;

/**
 * The form in which names are compared by search: Unicode-compatibility folded (full-width letters and digits
 * become ASCII), lower-cased, without white space, brackets, quotation marks (《》“”「」…), dashes, underscores
 * or other punctuation except {@code . % & # @}, so that {@code 《人工智能生成合成内容标识办法》} finds its title and
 * {@code eu ai act} finds {@code eu-ai-act}. Where the words of the name were is kept beside the key, so that a
 * match can be told to start and end at word boundaries (each Chinese character is a word of its own).
 */
public final class SearchKey {
    private SearchKey() {}

    /** A folded name: its key, and the key positions where a word starts and where one ends. */
    record Folded(String key, BitSet starts, BitSet ends) {
        /** Whether {@code key[from, to)} starts a word and ends one. */
        boolean isWords(int from, int to) {
            return starts.get(from) && ends.get(to);
        }

        boolean startsWord(int at) {
            return starts.get(at);
        }

        /** Whether a word boundary falls strictly inside {@code key[from, to)}. */
        boolean crossesWords(int from, int to) {
            int next = starts.nextSetBit(from + 1);
            return next >= 0 && next < to;
        }
    }

    static String of(String text) {
        return fold(text).key();
    }

    static Folded fold(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(folded.length());
        BitSet starts = new BitSet();
        BitSet ends = new BitSet();
        boolean inWord = false;
        boolean previousHan = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (!kept(c)) {
                if (inWord) ends.set(sb.length());
                inWord = false;
                continue;
            }
            boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            boolean wordChar = Character.isLetterOrDigit(c);
            if (!inWord || han || previousHan || !wordChar) {
                if (inWord) ends.set(sb.length());
                starts.set(sb.length());
            }
            sb.appendCodePoint(c);
            inWord = wordChar && !han;
            previousHan = han;
            if (!wordChar || han) {
                ends.set(sb.length());
                inWord = false;
            }
        }
        ends.set(sb.length());
        return new Folded(sb.toString(), starts, ends);
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
