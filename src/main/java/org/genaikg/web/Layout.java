package org.genaikg.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The shell every HTML page of the server shares: an HTML5 document with its language and title, a stylesheet that
 * reads well in Chinese and English without web fonts, a header naming genai-kg with the site's navigation and
 * search box, and a footer with the licence and how to cite. Pages supply only their title and body.
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

    static final String CSS = """
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
            .note{background:#fff8e1;border-left:4px solid #f0b400;padding:.5rem .8rem}
            footer.site{border-top:1px solid var(--line);background:var(--soft);color:var(--muted);font-size:.9rem}
            footer.site .bar{padding-top:.8rem;padding-bottom:1rem}
            footer.site p{margin:.3rem 0}
            """;

    private Layout() {}

    /** A whole page: {@code title} (escaped here) names what the page shows; {@code body} is ready HTML. */
    public static String page(String title, String body) {
        return page(title, "", body);
    }

    /** A whole page with extra ready HTML for the {@code <head>} (a page's own style or script). */
    public static String page(String title, String head, String body) {
        StringBuilder html = new StringBuilder(body.length() + 4096);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(LANG).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.text(title)).append(" · genai-kg</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n").append(head).append("</head>\n<body>\n");
        header(html);
        html.append("<main>\n").append(body).append("\n</main>\n");
        footer(html);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /** The link that opens the SPARQL editor with {@code query} filled in and runs it. */
    public static String editorHref(String query) {
        return EDITOR + "?query=" + Html.query(query) + "&run=1";
    }

    /** Sends {@code html} as a UTF-8 HTML page with {@code status}. */
    public static void send(HttpServletResponse resp, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html;charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static void header(StringBuilder html) {
        html.append("<header class=\"site\"><div class=\"bar\">\n<a class=\"brand\" href=\"/\">genai-kg "
                + "<span lang=\"zh\">生成式人工智能知识图谱</span></a>\n<nav class=\"site\" aria-label=\"site\"><ul>\n");
        for (Link link : NAV) {
            html.append("<li><a href=\"").append(Html.attr(link.href())).append("\">").append(Html.text(link.en()))
                    .append(" ").append(Html.lang("zh", link.zh())).append("</a></li>\n");
        }
        html.append("</ul></nav>\n<form class=\"search\" role=\"search\" method=\"get\" action=\"/search\">"
                + "<input type=\"search\" name=\"q\" aria-label=\"Search the graph 搜索图谱\" "
                + "placeholder=\"Search 搜索: DeepSeek, 文心 …\" maxlength=\"200\" required>"
                + "<button type=\"submit\">Search</button></form>\n</div></header>\n");
    }

    private static void footer(StringBuilder html) {
        html.append("<footer class=\"site\"><div class=\"bar\">\n<p>Licence: the graph and its dumps are published under "
                + "<a href=\"https://creativecommons.org/licenses/by/4.0/\" rel=\"license\">CC BY 4.0</a>. "
                + "Source: CNNIC, <span lang=\"zh\">《生成式人工智能应用发展报告（2025）》</span> (October 2025); "
                + "<span lang=\"zh\">本报告版权归中国互联网络信息中心（CNNIC）所有。如引用或转载，请注明来源。</span></p>\n"
                + "<p>How to cite: genai-kg, a knowledge graph of the generative-AI landscape built from CNNIC, "
                + "<span lang=\"zh\">《生成式人工智能应用发展报告（2025）》</span>, https://w3id.org/genai-kg/ "
                + "(<a href=\"/.well-known/void\">VoID description</a>, <a href=\"/dumps/\">dumps</a>).</p>\n"
                + "</div></footer>\n");
    }
}
