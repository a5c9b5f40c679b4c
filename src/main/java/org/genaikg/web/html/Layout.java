package org.genaikg.web.html;

import java.util.List;

/**
 * The shell every HTML page of the server shares: an HTML5 document with its language and title, a stylesheet that
 * reads well in Chinese and English without web fonts, a header naming genai-kg with the site's navigation and
 * search box, and a footer with the licence and how to cite the report the graph states it is built from. Pages
 * supply only their title, their own style and their body.
 */
public final class Layout {
    /** The language of the pages' running text; Chinese passages are marked with {@code lang="zh"}. */
    public static final String LANG = "en";
    /** Where the Fuseki web UI is served, and its SPARQL editor for the dataset. */
    public static final String UI = "/ui/";
    public static final String EDITOR = UI + "#/dataset/kg/query";

    private record Link(String href, String en, String zh) {}

    private static final List<Link> NAV = List.of(
            new Link("/", "Home", "首页"),
            new Link("/search", "Search", "搜索"),
            new Link(EDITOR, "SPARQL editor", "查询编辑器"),
            new Link("/queries/", "Example queries", "示例查询"),
            new Link("/statistics", "Statistics", "统计"),
            new Link("/timeline", "Timeline", "时间线"),
            new Link("/dumps/", "Dumps", "下载"));

    private static final String CSS = """
            :root{--ink:#1d232a;--muted:#5b6570;--line:#d9dee3;--accent:#0b5cad;--soft:#f3f6f9}
            *{box-sizing:border-box}
            body{margin:0;color:var(--ink);background:#fff;line-height:1.65;font-size:16px;font-family:system-ui,-apple-system,\
            "Segoe UI","Noto Sans","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB",\
            "Microsoft YaHei","WenQuanYi Micro Hei",sans-serif}
            a{color:var(--accent)}
            a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
            header.site{background:var(--soft);border-bottom:1px solid var(--line)}
            header.site .bar,main,footer.site .bar{max-width:72rem;margin:0 auto;padding:0 1rem}
            header.site .bar{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem 1.2rem;padding-top:.6rem;padding-bottom:.6rem}
            .brand{font-weight:700;font-size:1.2rem;text-decoration:none;color:var(--ink)}
            nav.site ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem 1rem}
            nav.site a{text-decoration:none}
            nav.site a:hover{text-decoration:underline}
            form.search{display:flex;gap:.3rem;margin-left:auto}
            input[type=search],input[type=text],select{font:inherit;padding:.25rem .5rem;border:1px solid #9aa5b1;border-radius:4px}
            input[type=search]{width:16rem;max-width:60vw}
            button{font:inherit;padding:.25rem .8rem;border:1px solid var(--accent);background:var(--accent);color:#fff;border-radius:4px;cursor:pointer}
            main{padding-top:1rem;padding-bottom:2rem}
            h1{font-size:1.7rem;line-height:1.3;margin:.8rem 0}
            h2{font-size:1.3rem;line-height:1.35;margin:1.6rem 0 .6rem}
            table{border-collapse:collapse;margin:.6rem 0}
            th,td{padding:.3rem .7rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
            th{background:var(--soft)}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
            code,pre{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.9em}
            pre{background:var(--soft);padding:.8rem;overflow-x:auto;white-space:pre-wrap;word-break:break-word}
            .muted{color:var(--muted)}
            .table-scroll{overflow-x:auto;max-width:100%}
            .note{background:#fff8e1;border-left:4px solid #f0b400;padding:.5rem .8rem}
            footer.site{border-top:1px solid var(--line);background:var(--soft);color:var(--muted);font-size:.9rem}
            footer.site .bar{padding-top:.8rem;padding-bottom:1rem}
            footer.site p{margin:.3rem 0}
            """;

    /** How the footer cites the source report; every part is text, read from the graph. */
    public record Citation(String publisher, String titleZh, String issued, String attribution) {}

    private final Citation citation;

    public Layout(Citation citation) {
        this.citation = citation;
    }

    /** A whole page: {@code title} names what the page shows; {@code body} is the page's own content. */
    public Html page(String title, Html body) {
        return page(title, Html.EMPTY, body);
    }

    /** A whole page with more for its {@code <head>} (the page's own style). */
    public Html page(String title, Html head, Html body) {
        HtmlWriter w = new HtmlWriter(body.toString().length() + 4096);
        w.html(DOCTYPE).open("html", "lang", LANG).newline().open("head").newline()
                .empty("meta", "charset", "utf-8").newline()
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline()
                .element("title", title + " · genai-kg").newline()
                .style("\n" + CSS).newline().html(head).close("head").newline().open("body").newline();
        header(w);
        w.open("main").newline().html(body).newline().close("main").newline();
        footer(w);
        return w.close("body").newline().close("html").newline().toHtml();
    }

    /** The link that opens the SPARQL editor with {@code query} filled in and runs it. */
    public static Url editor(String query) {
        return Url.local(EDITOR).with("query", query).with("run", "1");
    }

    /** The site's own style for one page, as the {@code <head>} part of {@link #page(String, Html, Html)}. */
    public static Html style(String css) {
        return new HtmlWriter(css.length() + 32).style(css).newline().toHtml();
    }

    /** The site's navigation, the same on every page and in the SPARQL editor's bar. */
    public static Html navigation() {
        HtmlWriter w = new HtmlWriter(1024).open("nav", "class", "site", "aria-label", "site").open("ul").newline();
        for (Link link : NAV) {
            w.open("li").openLink(Url.local(link.href())).text(link.en()).text(" ").lang("zh", link.zh()).close("a")
                    .close("li").newline();
        }
        return w.close("ul").close("nav").toHtml();
    }

    private static final Html DOCTYPE = new Html("<!DOCTYPE html>\n");

    private static void header(HtmlWriter w) {
        w.open("header", "class", "site").open("div", "class", "bar").newline()
                .openLink(Url.local("/"), "class", "brand").text("genai-kg ").lang("zh", "生成式人工智能知识图谱")
                .close("a").newline()
                .html(navigation()).newline()
                .openForm(Url.local("/search"), "class", "search", "role", "search", "method", "get")
                .empty("input", "type", "search", "name", "q", "aria-label", "Search the graph 搜索图谱",
                        "placeholder", "Search 搜索: DeepSeek, 文心 …", "maxlength", "200", "required", "")
                .element("button", "Search", "type", "submit").close("form").newline()
                .close("div").close("header").newline();
    }

    private void footer(HtmlWriter w) {
        w.open("footer", "class", "site").open("div", "class", "bar").newline()
                .open("p").text("Licence: the graph and its dumps are published under ")
                .link(LICENCE, "CC BY 4.0", "rel", "license").text(". ");
        if (!citation.titleZh().isEmpty()) {
            w.text("Source: " + citation.publisher() + ", ").lang("zh", "《" + citation.titleZh() + "》");
            if (!citation.issued().isEmpty()) w.text(" (" + citation.issued() + ")");
            w.text("; ");
            if (!citation.attribution().isEmpty()) w.lang("zh", citation.attribution());
        }
        w.close("p").newline()
                .open("p").text("How to cite: genai-kg, a knowledge graph of the generative-AI landscape built from "
                        + citation.publisher() + ", ").lang("zh", "《" + citation.titleZh() + "》")
                .text(", https://w3id.org/genai-kg/ (")
                .link(Url.local("/.well-known/void"), "VoID description").text(", ")
                .link(Url.local("/dumps/"), "dumps").text(").").close("p").newline()
                .close("div").close("footer").newline();
    }

    private static final Url LICENCE = Url.of("https://creativecommons.org/licenses/by/4.0/").orElseThrow();
}
