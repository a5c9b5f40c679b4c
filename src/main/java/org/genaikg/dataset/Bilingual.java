package org.genaikg.dataset;

/**
 * A name in Chinese and in English; either may be missing. {@code enTranslated} marks an English label that is a
 * translation made for this graph ({@code @en-t-zh}) rather than the entity's own English name.
 */
public record Bilingual(String zh, String en, boolean enTranslated) {
    public static final Bilingual NONE = new Bilingual(null, null, false);

    /** A name from two cells where an empty one means "none". */
    public static Bilingual of(String zh, String en) {
        return new Bilingual(zh == null || zh.isEmpty() ? null : zh, en == null || en.isEmpty() ? null : en, false);
    }

    public boolean isEmpty() {
        return zh == null && en == null;
    }

    /** The Chinese name, else the English one, else {@code fallback}. */
    public String first(String fallback) {
        return zh != null ? zh : en != null ? en : fallback;
    }

    /** Both names as one line, {@code 中文 · English}, without repeating a name that is the same in both languages. */
    public String joined() {
        if (zh != null && en != null && !zh.equals(en)) return zh + " · " + en;
        return first("");
    }

    /** Both names, Chinese first, without repeating a name that is the same in both languages. */
    public String both(String fallback) {
        if (zh != null && en != null && !zh.equals(en)) return zh + " / " + en;
        return first(fallback);
    }
}
