package org.genaikg.map;

/**
 * The language a curator's free text is written in. Notes are written in English with Chinese quoted where
 * needed, so a note is tagged {@code @zh} only when Chinese is what it mostly is.
 */
final class TextLanguage {
    private TextLanguage() {}

    static String of(String text) {
        int han = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) han++;
            else if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) latin++;
            i += Character.charCount(cp);
        }
        return han > latin ? "zh" : "en";
    }
}
