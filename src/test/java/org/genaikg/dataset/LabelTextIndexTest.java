package org.genaikg.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.genaikg.RealBuild;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** How {@code text:query} reads a search, and that the served index answers every search as jena-text's own does. */
class LabelTextIndexTest {
    private static TextIndex served;
    private static TextIndexLucene jenaText;

    @BeforeAll
    static void index() {
        served = LabelTextIndex.of(RealBuild.graph());
        jenaText = LabelTextIndex.fill(new TextIndexLucene(new ByteBuffersDirectory(), LabelTextIndex.config()),
                RealBuild.graph());
    }

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

    static Stream<Arguments> searches() {
        List<String> texts = List.of("人工智能", "法案", "人工智能 法案", "生成式人工智能服务", "欧盟", "人", "chatgpt", "DeepSeek",
                "deep*", "*seek", "model~", "\"artificial intelligence\"", "AI AND act", "AI OR 法案", "label:人工智能",
                "lang:en AND act", "不存在的名字", "Qwen", "CAC", "2025");
        List<List<Resource>> properties = List.of(List.of(), List.of(RDFS.label),
                List.of(SKOS.prefLabel, RDFS.label), List.of(SKOS.altLabel));
        List<Arguments> all = new ArrayList<>();
        for (String text : texts) {
            for (String lang : Arrays.asList(null, "zh", "en", "none")) {
                for (List<Resource> props : properties) all.add(Arguments.of(text, lang, props, -1));
            }
            all.add(Arguments.of(text, null, List.of(), 3));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} lang={1} props={2} limit={3}")
    @MethodSource("searches")
    void answersEverySearchAsJenaTextDoes(String text, String lang, List<Resource> props, int limit) {
        List<TextHit> expected = jenaText.query((String) null, props, LabelTextIndex.quoteChineseRuns(text), null, lang,
                limit, null);
        assertEquals(describe(expected), describe(served.query((String) null, props, text, null, lang, limit, null)));
        if (!expected.isEmpty()) {
            String subject = expected.get(0).getNode().getURI();
            assertEquals(describe(jenaText.query(subject, props, LabelTextIndex.quoteChineseRuns(text), null, lang, limit, null)),
                    describe(served.query(subject, props, text, null, lang, limit, null)), "searching one subject");
        }
    }

    @Test
    void theSearchesFindNames() {
        assertFalse(served.query((String) null, List.of(), "人工智能", null, null, -1, null).isEmpty());
        assertFalse(served.query((String) null, List.of(), "chatgpt", null, "en", -1, null).isEmpty());
    }

    @Test
    void aSearchThatDoesNotParseIsRefusedAsJenaTextRefusesIt() {
        assertThrows(TextIndexParseException.class, () -> jenaText.query((String) null, List.of(), "AND (", null, null, -1, null));
        assertThrows(TextIndexParseException.class, () -> served.query((String) null, List.of(), "AND (", null, null, -1, null));
    }

    @Test
    void highlightingIsJenaTextsOwn() {
        String highlight = "s:<b> | e:</b>";
        assertEquals(describe(jenaText.query((String) null, List.of(), "\"人工智能\"", null, "zh", -1, highlight)),
                describe(served.query((String) null, List.of(), "人工智能", null, "zh", -1, highlight)));
    }

    private static List<String> describe(List<TextHit> hits) {
        return hits.stream().map(h -> h.getNode() + " " + h.getLiteral() + " " + h.getProp() + " " + h.getScore()).toList();
    }
}
