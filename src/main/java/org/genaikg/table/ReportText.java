package org.genaikg.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's text, folded as {@link QuoteFolding} does, indexed so that checking whether a quote is a verbatim span
 * costs a few comparisons instead of a scan of the whole text: every row's quote is checked, and there may be
 * hundreds of thousands of rows.
 */
final class ReportText {
    private static final int GRAM = 4;
    private final String folded;
    private final Map<String, int[]> positions;
    private final Map<String, Boolean> answered = new HashMap<>();

    ReportText(String text) {
        this.folded = QuoteFolding.fold(text);
        Map<String, List<Integer>> grams = new HashMap<>();
        for (int i = 0; i + GRAM <= folded.length(); i++) {
            grams.computeIfAbsent(folded.substring(i, i + GRAM), k -> new ArrayList<>()).add(i);
        }
        this.positions = new HashMap<>(grams.size() * 2);
        grams.forEach((gram, list) -> positions.put(gram, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** Whether {@code quote}, folded, occurs in the text. */
    boolean contains(String quote) {
        return answered.computeIfAbsent(QuoteFolding.fold(quote), this::containsFolded);
    }

    private boolean containsFolded(String q) {
        if (q.length() < GRAM) return folded.contains(q);
        int[] starts = positions.get(q.substring(0, GRAM));
        if (starts == null) return false;
        for (int start : starts) {
            if (folded.startsWith(q, start)) return true;
        }
        return false;
    }
}
