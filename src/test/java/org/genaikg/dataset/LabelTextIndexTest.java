package org.genaikg.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How {@code text:query} reads a search: runs of Chinese characters are searched as phrases. */
class LabelTextIndexTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "人工智能|\"人工智能\"",
            "人工智能 法案|\"人工智能\" \"法案\"",
            "\"人工 智能\"|\"人工 智能\"",
            "label:人工智能 AND act|label:\"人工智能\" AND act",
            "chatgpt|chatgpt",
            "人|人"})
    void textSearchQuotesRunsOfChinese(String query, String sent) {
        assertEquals(sent, LabelTextIndex.quoteChineseRuns(query));
    }
}
