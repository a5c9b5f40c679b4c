package org.genaikg.web;

/**
 * The shell of every browse page: head with the style sheet inline (pages render offline, with no request to
 * another host and no script), a header with the search box, and a footer naming the source.
 */
final class PageFrame {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","WenQuanYi Micro Hei",\
            "Microsoft YaHei",sans-serif;margin:0;color:#1b1f24;background:#fff;line-height:1.55}
            header,main,footer{max-width:72rem;margin:0 auto;padding:0.6rem 1.2rem}
            header{display:flex;flex-wrap:wrap;gap:0.8rem;align-items:center;border-bottom:1px solid #d0d7de}
            header .site{font-weight:600;text-decoration:none;color:#0b5394}
            header form{margin-left:auto;display:flex;gap:0.3rem}
            header input[type=search]{width:18rem;padding:0.3rem}
            nav.site-links a{margin-right:0.8rem}
            a{color:#0b5394}a.external::after{content:" ↗"}
            h1{font-size:1.6rem;margin:0.6rem 0 0.2rem}h1 .en{display:block;font-size:1.05rem;color:#57606a;font-weight:400}
            h2{font-size:1.2rem;border-bottom:1px solid #d0d7de;padding-bottom:0.2rem;margin-top:1.6rem}
            h2 .en,th .en,.heading .en{color:#57606a;font-weight:400}
            .iri{font-family:ui-monospace,monospace;font-size:0.85rem;color:#57606a;word-break:break-all}
            .types a,.type{font-size:0.85rem;background:#eef3f8;border-radius:0.3rem;padding:0 0.35rem;margin-right:0.3rem}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:0.3rem 0.5rem;\
            border-bottom:1px solid #eaeef2}th{width:14rem;font-weight:600}
            table.grid th{width:auto;background:#f6f8fa}td.num{text-align:right;font-variant-numeric:tabular-nums}
            ul.values{list-style:none;margin:0;padding:0}
            .date-key,.note,.count{color:#57606a;font-size:0.85rem}
            blockquote{margin:0.4rem 0;padding:0.3rem 0.8rem;border-left:3px solid #9ab;background:#f6f8fa}
            .source{margin:0.6rem 0}.actions a{margin-right:1rem}
            footer{border-top:1px solid #d0d7de;color:#57606a;font-size:0.85rem;margin-top:2rem}
            """;

    private PageFrame() {}

    /** A whole page: {@code title} names what it shows; {@code query} prefills the search box. */
    static String page(String title, Markup body, String query) {
        Markup m = new Markup();
        m.tag("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n")
                .tag("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .text(title).tag(" — genai-kg</title>\n<style>").tag(STYLE).tag("</style>\n</head>\n<body>\n")
                .tag("<header><a class=\"site\" href=\"/\">genai-kg · 生成式人工智能知识图谱</a>")
                .tag("<nav class=\"site-links\"><a href=\"/ontology\">本体 Ontology</a><a href=\"/dataset\">数据集 Data set</a>")
                .tag("<a href=\"/#/dataset/kg/query\">SPARQL</a><a href=\"/dumps/\">下载 Dumps</a></nav>")
                .tag("<form action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" ")
                .tag("maxlength=\"200\" required aria-label=\"搜索 Search\" placeholder=\"搜索名称 Search names\" value=\"")
                .attr(query == null ? "" : query).tag("\"><button type=\"submit\">搜索 Search</button></form></header>\n")
                .tag("<main>\n").append(body).tag("</main>\n")
                .tag("<footer>数据来源：中国互联网络信息中心（CNNIC）《生成式人工智能应用发展报告（2025）》。")
                .tag("Source: CNNIC, report on the development of generative AI applications (2025). ")
                .tag("Licence <a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>.</footer>\n")
                .tag("</body>\n</html>\n");
        return m.toString();
    }
}
