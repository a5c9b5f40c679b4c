package org.genaikg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * {@code /}: the front door. Names genai-kg and its source report, offers the search box, counts the graph's
 * resources by kind (each linking to its list), and leads to the SPARQL editor, the example queries, the
 * statistics, the timeline, the dumps and the VoID description. Old links into the Fuseki UI ({@code /#/…}) are
 * forwarded to {@code /ui/} by a one-line script; the page itself needs no script.
 */
public final class HomeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The hash never reaches the server, so only the browser can forward {@code /#/dataset/kg/query}. */
    static final String FORWARD_UI_LINKS =
            "<script>function toUi() { if (/^#\\//.test(location.hash)) location.replace('/ui/' + location.hash); }\n"
                    + "toUi(); addEventListener('hashchange', toUi);</script>\n";

    private final transient String page;

    HomeServlet(KindIndex index) {
        this.page = render(index);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Layout.send(resp, 200, page);
    }

    private static String render(KindIndex index) {
        StringBuilder html = new StringBuilder();
        html.append("<h1>genai-kg <span lang=\"zh\">生成式人工智能知识图谱</span></h1>\n")
                .append("<p class=\"lead\">An open knowledge graph of the generative-AI landscape — who builds which "
                        + "models, which agencies issue which policies, in which country, for which scenario, when — "
                        + "built from CNNIC's report <span lang=\"zh\">《生成式人工智能应用发展报告（2025）》</span> "
                        + "(Report on the Development of Generative AI Applications, 2025). Every fact cites its "
                        + "source: section, footnote and the report's own words.</p>\n")
                .append("<p lang=\"zh\">本知识图谱根据中国互联网络信息中心（CNNIC）《生成式人工智能应用发展报告（2025）》构建，"
                        + "每个事实均注明出处（报告章节、脚注与原文），中英双语。</p>\n")
                .append("<form class=\"big-search\" role=\"search\" method=\"get\" action=\"/search\">"
                        + "<label for=\"home-q\">Search the graph <span lang=\"zh\">搜索图谱</span></label> "
                        + "<input id=\"home-q\" type=\"search\" name=\"q\" maxlength=\"200\" required "
                        + "placeholder=\"DeepSeek, 文心, EU AI Act, 人工智能生成合成内容标识办法 …\"> "
                        + "<button type=\"submit\">Search 搜索</button></form>\n")
                .append("<h2>What the graph holds <span lang=\"zh\">图谱内容</span></h2>\n<ul class=\"kinds\">\n");
        for (Kind kind : Kind.values()) {
            html.append("<li><a href=\"").append(kind.listHref()).append("\"><span class=\"n\">")
                    .append(String.format(Locale.ROOT, "%,d", index.count(kind))).append("</span> ")
                    .append(Html.text(kind.en)).append(" ").append(Html.lang("zh", kind.zh)).append("</a></li>\n");
        }
        html.append("</ul>\n<p class=\"muted\">").append(String.format(Locale.ROOT, "%,d", index.triples()))
                .append(" triples in all, with the ontology. <a href=\"/ontology\">The ontology</a> "
                        + "<span lang=\"zh\">本体</span>.</p>\n")
                .append("<h2>Use it <span lang=\"zh\">使用</span></h2>\n<ul class=\"entries\">\n")
                .append(entry(Layout.EDITOR, "SPARQL editor", "查询编辑器",
                        "write and run SPARQL in the browser (the Fuseki UI, read-only)"))
                .append(entry("/queries/", "Example queries", "示例查询",
                        "questions the graph answers, each ready to run"))
                .append(entry("/statistics", "Statistics", "统计数据",
                        "the report's statistics as charts and tables"))
                .append(entry("/timeline", "Timeline", "时间线", "events, policies and releases by month"))
                .append(entry("/dumps/", "Dumps", "数据下载", "the whole graph as Turtle, N-Triples and JSON-LD"))
                .append(entry("/.well-known/void", "VoID description", "数据集描述",
                        "the data set described in VoID and DCAT (Turtle)"))
                .append(entry("/kg/sparql", "SPARQL endpoint", "SPARQL 端点",
                        "for programs: GET or POST a query to /kg/sparql"))
                .append("</ul>\n<h2>Licence and citation <span lang=\"zh\">许可与引用</span></h2>\n")
                .append("<p>The graph and its dumps are published under CC BY 4.0. Cite it as: <em>genai-kg, a knowledge "
                        + "graph of the generative-AI landscape, built from CNNIC, <span lang=\"zh\">《生成式人工智能应用发展报告"
                        + "（2025）》</span>, October 2025. https://w3id.org/genai-kg/</em>, and cite the report for "
                        + "the facts you use.</p>\n");
        return Layout.page("Home: a knowledge graph of generative AI 生成式人工智能知识图谱",
                FORWARD_UI_LINKS + "<style>ul.kinds,ul.entries{list-style:none;padding:0;display:grid;"
                        + "grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:.6rem}"
                        + "ul.kinds a,ul.entries a{display:block;padding:.6rem .8rem;border:1px solid var(--line);"
                        + "border-radius:6px;text-decoration:none;height:100%}"
                        + "ul.kinds .n{display:block;font-size:1.6rem;font-weight:700;color:var(--ink)}"
                        + ".big-search{margin:1.2rem 0;display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}"
                        + ".big-search input{flex:1 1 20rem;font-size:1.1rem;padding:.45rem .7rem}"
                        + ".lead{font-size:1.1rem}</style>\n",
                html.toString());
    }

    private static String entry(String href, String en, String zh, String what) {
        return "<li><a href=\"" + Html.attr(href) + "\"><strong>" + Html.text(en) + "</strong> " + Html.lang("zh", zh)
                + "<br><span class=\"muted\">" + Html.text(what) + "</span></a></li>\n";
    }
}
