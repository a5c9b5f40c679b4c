package org.genaikg.web.page;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.genaikg.dataset.KindIndex;
import org.genaikg.dataset.ReportCitation;
import org.genaikg.vocab.Kind;
import org.genaikg.web.html.Html;
import org.genaikg.web.html.HtmlWriter;
import org.genaikg.web.html.Layout;
import org.genaikg.web.html.Responses;
import org.genaikg.web.html.Url;

/**
 * {@code /}: the front door. Names genai-kg and its source report, offers the search box, counts the graph's
 * resources by kind (each linking to its list), and leads to the SPARQL editor, the example queries, the
 * statistics, the timeline, the dumps and the VoID description. Old links into the Fuseki UI ({@code /#/…}) are
 * forwarded to {@code /ui/} by a one-line script; the page itself needs no script.
 */
public final class HomeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The hash never reaches the server, so only the browser can forward {@code /#/dataset/kg/query}. */
    public static final String FORWARD_UI_LINKS =
            "function toUi() { if (/^#\\//.test(location.hash)) location.replace('/ui/' + location.hash); }\n"
                    + "toUi(); addEventListener('hashchange', toUi);";
    private static final String STYLE = "ul.kinds,ul.entries{list-style:none;padding:0;display:grid;"
            + "grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:.6rem}"
            + "ul.kinds a,ul.entries a{display:block;padding:.6rem .8rem;border:1px solid var(--line);"
            + "border-radius:6px;text-decoration:none;height:100%}"
            + "ul.kinds .n{display:block;font-size:1.6rem;font-weight:700;color:var(--ink)}"
            + ".big-search{margin:1.2rem 0;display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}"
            + ".big-search input{flex:1 1 20rem;font-size:1.1rem;padding:.45rem .7rem}"
            + ".lead{font-size:1.1rem}";

    private final transient Html page;

    public HomeServlet(KindIndex index, ReportCitation report, Layout layout) {
        this.page = render(index, report, layout);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.page(resp, 200, page);
    }

    private static Html render(KindIndex index, ReportCitation report, Layout layout) {
        String titleZh = "《" + report.title().first("") + "》";
        String publisherEn = report.publisher().en() != null ? report.publisher().en() : report.publisher().first("");
        HtmlWriter w = new HtmlWriter();
        w.open("h1").text("genai-kg ").lang("zh", "生成式人工智能知识图谱").close("h1").newline()
                .open("p", "class", "lead").text("An open knowledge graph of the generative-AI landscape — who builds "
                        + "which models, which agencies issue which policies, in which country, for which scenario, "
                        + "when — built from " + publisherEn + "'s report ").lang("zh", titleZh);
        if (report.title().en() != null) w.text(" (" + report.title().en() + ")");
        w.text(". Every fact cites its source: section, footnote and the report's own words.").close("p").newline()
                .element("p", "本知识图谱根据" + report.publisher().zh() + titleZh
                        + "构建，每个事实均注明出处（报告章节、脚注与原文），中英双语。", "lang", "zh").newline()
                .openForm(Url.local("/search"), "class", "big-search", "role", "search", "method", "get")
                .open("label", "for", "home-q").text("Search the graph ").lang("zh", "搜索图谱").close("label").text(" ")
                .empty("input", "id", "home-q", "type", "search", "name", "q", "maxlength", "200", "required", "",
                        "placeholder", "DeepSeek, 文心, EU AI Act, 人工智能生成合成内容标识办法 …").text(" ")
                .element("button", "Search 搜索", "type", "submit").close("form").newline()
                .open("h2").text("What the graph holds ").lang("zh", "图谱内容").close("h2").newline()
                .open("ul", "class", "kinds").newline();
        for (Kind kind : Kind.values()) {
            if (!kind.isListed()) continue;
            w.open("li").openLink(KindListServlet.href(kind))
                    .element("span", String.format(Locale.ROOT, "%,d", index.count(kind)), "class", "n").text(" ")
                    .text(kind.listEn()).text(" ").lang("zh", kind.listZh()).close("a").close("li").newline();
        }
        w.close("ul").newline().open("p", "class", "muted")
                .text(String.format(Locale.ROOT, "%,d", index.triples()) + " triples in all, with the ontology. ")
                .link(Url.local("/ontology"), "The ontology").text(" ").lang("zh", "本体").text(".").close("p").newline()
                .open("h2").text("Use it ").lang("zh", "使用").close("h2").newline()
                .open("ul", "class", "entries").newline();
        entry(w, Url.local(Layout.EDITOR), "SPARQL editor", "查询编辑器",
                "write and run SPARQL in the browser (the Fuseki UI, read-only)");
        entry(w, Url.local("/queries/"), "Example queries", "示例查询", "questions the graph answers, each ready to run");
        entry(w, Url.local("/statistics"), "Statistics", "统计数据", "the report's statistics as charts and tables");
        entry(w, Url.local("/timeline"), "Timeline", "时间线", "events, policies and releases by month");
        entry(w, Url.local("/dumps/"), "Dumps", "数据下载", "the whole graph as Turtle, N-Triples and JSON-LD");
        entry(w, Url.local("/.well-known/void"), "VoID description", "数据集描述",
                "the data set described in VoID and DCAT (Turtle)");
        entry(w, Url.local("/kg/sparql"), "SPARQL endpoint", "SPARQL 端点",
                "for programs: GET or POST a query to /kg/sparql");
        w.close("ul").newline()
                .open("h2").text("Licence and citation ").lang("zh", "许可与引用").close("h2").newline()
                .open("p").text("The graph and its dumps are published under CC BY 4.0. Cite it as: ")
                .open("em").text("genai-kg, a knowledge graph of the generative-AI landscape, built from "
                        + publisherEn + ", ").lang("zh", titleZh)
                .text(", " + report.issued() + ". https://w3id.org/genai-kg/").close("em")
                .text(", and cite the report for the facts you use.").close("p").newline();
        Html head = new HtmlWriter().script(FORWARD_UI_LINKS).newline().html(Layout.style(STYLE)).toHtml();
        return layout.page("Home: a knowledge graph of generative AI 生成式人工智能知识图谱", head, w.toHtml());
    }

    private static void entry(HtmlWriter w, Url href, String en, String zh, String what) {
        w.open("li").openLink(href).element("strong", en).text(" ").lang("zh", zh).empty("br")
                .element("span", what, "class", "muted").close("a").close("li").newline();
    }
}
