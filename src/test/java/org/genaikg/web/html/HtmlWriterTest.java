package org.genaikg.web.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one writer: text is always escaped, markup and addresses come only through their own types and checks. */
class HtmlWriterTest {
    @Test
    void textAndAttributeValuesAreEscaped() {
        String html = new HtmlWriter().open("p", "title", "\" onmouseover=\"x").text("<b>&'").close("p").toString();
        assertEquals("<p title=\"&quot; onmouseover=&quot;x\">&lt;b&gt;&amp;&#39;</p>", html);
    }

    @Test
    void markupFromAnotherWriterIsKeptAndTextIsNot() {
        Html inner = new HtmlWriter().element("em", "a<b").toHtml();
        assertEquals("<p><em>a&lt;b</em>&lt;em&gt;</p>",
                new HtmlWriter().open("p").html(inner).text("<em>").close("p").toString());
        assertEquals("&lt;i&gt;", Html.text("<i>").toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"href", "src", "action", "style", "onclick", "ONLOAD", "xlink:href", "srcdoc"})
    void addressAndCodeAttributesAreRefusedAsPlainAttributes(String name) {
        assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().open("a", name, "x"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a b", "a>", "a\"", "script", "style", "iframe", "1a"})
    void elementNamesAreNamesAndRawTextElementsHaveTheirOwnMethods(String tag) {
        assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().open(tag));
    }

    @Test
    void scriptAndStyleCannotBeClosedEarly() {
        assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().script("x = '</script><b>'"));
        assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().style("a{} </style>"));
        assertEquals("<script type=\"application/json\" id=\"c\">{\"a\":\"<\\/script>\"}</script>",
                new HtmlWriter().scriptData("application/json", "c", "{\"a\":\"</script>\"}").toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:x",
            "data:text/html,x", "vbscript:x", "//evil.example/x", "/\\evil.example", "http://", "file:///etc/passwd",
            "https://a.example/\u2028x", "mailto:x@example.org"})
    void onlyWebAddressesLocalPathsAndFragmentsPassTheUrlCheck(String url) {
        assertTrue(Url.of(url).isEmpty(), url);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://www.cac.gov.cn/a.htm?x=1&y=2", "http://example.org/", "/resource/place/china",
            "#InForce", "/search?q=x"})
    void webAddressesLocalPathsAndFragmentsPass(String url) {
        assertEquals(url, Url.of(url).orElseThrow().toString());
    }

    @Test
    void aLinkWritesItsCheckedAddressEscaped() {
        Url url = Url.of("https://example.org/?a=1&b=\"2\"").orElseThrow();
        assertEquals("<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\">x</a>",
                new HtmlWriter().link(url, "x").toString());
        assertEquals("/search?q=a%20%26%20b", Url.local("/search").with("q", "a & b").toString());
        assertThrows(IllegalArgumentException.class, () -> Url.local("javascript:x"));
        assertThrows(IllegalArgumentException.class, () -> Url.relative("javascript:x"));
        assertThrows(IllegalArgumentException.class, () -> Url.relative("/x"));
    }
}
