package org.genaikg.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a quote is a verbatim span of the report, regardless of the layout the report's text adds. */
class ReportTextTest {
    // one per test, not static: a text built once would keep the answers of an earlier run in its cache
    private final ReportText text = new ReportText(
            "截至2025年6月，我国生成式人工智能\n用户规模达5.15亿人¹；**普及率**达36.5%。\n用户规模达5.15亿人，较2024年12月增长。");

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
            "截至2025年6月                      | true",
            "我国生成式人工智能用户规模达5.15亿人   | true",
            "用户规模达5.15亿人；普及率达36.5%     | true",
            "用户规模达5.15亿人，较2024年12月增长  | true",
            "用 户 规 模                        | true",
            "截至                              | true",
            "36.5%                            | true",
            "。                                | true",
            "月增长。                           | true",
            "截止                              | false",
            "截至2025年7月                      | false",
            "普及率达36.6%                      | false",
            "用户规模达5.16亿人                  | false",
            "增长。Z                            | false"})
    void findsQuotesAcrossLineBreaksSpacesEmphasisAndFootnoteMarks(String quote, boolean expected) {
        assertEquals(expected, text.contains(quote));
        assertEquals(expected, text.contains(quote), "asked twice, the same answer");
    }

    @Test
    void foldsAwayLayout() {
        assertEquals("abcd", QuoteFolding.fold("a b\tc\nd"));
        assertEquals("全角空格andnbspx", QuoteFolding.fold("全角\u3000空格 and nbsp\u00A0x"));
        assertEquals("boldtext", QuoteFolding.fold("**bold** text\u00B9\u00B2\u00B3\u2074\u2079\u2070"));
        assertEquals("a-b_c", QuoteFolding.fold("a-b_c"));
    }
}
