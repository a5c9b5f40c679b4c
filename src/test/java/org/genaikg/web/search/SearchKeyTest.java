package org.genaikg.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What search compares: names folded so that case, width, spacing and bracket or quote punctuation do not count. */
class SearchKeyTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "DeepSeek|deepseek",
            "《人工智能生成合成内容标识办法》|人工智能生成合成内容标识办法",
            "eu ai act|euaiact",
            "eu-ai-act|euaiact",
            "“人工智能+”行动|人工智能+行动",
            "「文心」 一言|文心一言",
            "ＧＰＴ－４o|gpt4o",
            "发布：DeepSeek-R1|发布deepseekr1",
            "34.0%|34.0%"})
    void foldsNames(String name, String key) {
        assertEquals(key, SearchKey.of(name));
    }
}
