package org.genaikg.web.page;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.eclipse.jetty.ee10.servlet.ResourceServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.genaikg.publish.DumpFiles;
import org.genaikg.web.html.HtmlWriter;
import org.genaikg.web.html.Layout;
import org.genaikg.web.html.Responses;
import org.genaikg.web.html.Url;

/**
 * {@code /dumps/}: a listing of the dump files, and each file served by Jetty's own resource serving — ranges,
 * {@code ETag}, {@code Last-Modified} and conditional requests — with Jena's media type for its syntax. Only the
 * files the build writes can be named; any other name is a 404 before Jetty looks at the folder.
 */
public final class DumpServlet extends ResourceServlet {
    private static final long serialVersionUID = 1L;
    private final transient Path folder;
    private final transient Layout layout;
    private final transient Map<String, String> init;

    public DumpServlet(Path folder, Layout layout) {
        this.folder = folder;
        this.layout = layout;
        this.init = Map.of("baseResource", folder.toAbsolutePath().toUri().toString(), "pathInfoOnly", "true",
                "dirAllowed", "false", "acceptRanges", "true", "etags", "true", "precompressed", "false",
                "cacheControl", "public, max-age=3600");
    }

    /** Jetty reads its settings as init parameters; these are fixed, whatever the context says. */
    @Override
    public String getInitParameter(String name) {
        return init.get(name);
    }

    @Override
    public void init() throws ServletException {
        // the context's media types learn Jena's for the dumps' syntaxes (Jetty knows .gz, not .ttl or .nt)
        var mimeTypes = ServletContextHandler.getServletContextHandler(getServletContext()).getMimeTypes();
        for (String name : DumpFiles.names()) {
            Lang lang = RDFLanguages.filenameToLang(name);
            if (lang == null || name.endsWith(".gz")) continue;
            String extension = name.substring(name.lastIndexOf('.') + 1);
            mimeTypes.addMimeMapping(extension, lang.getContentType().getContentTypeStr() + ";charset=utf-8");
        }
        super.init();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String name = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (name.equals("/")) {
            listing(resp);
            return;
        }
        name = name.substring(1);
        if (!DumpFiles.names().contains(name) || !Files.isRegularFile(folder.resolve(name))) {
            Responses.text(resp, 404, "No dump named '" + name + "'; see /dumps/ for the list.\n");
            return;
        }
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        super.doGet(req, resp);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        doGet(req, resp);
    }

    private void listing(HttpServletResponse resp) throws IOException {
        HtmlWriter w = new HtmlWriter();
        w.open("h1").text("Dumps ").lang("zh", "数据下载").close("h1").newline()
                .open("p").text("The whole graph, as built from the curated tables. ").lang("zh", "整个知识图谱的完整导出文件。")
                .text(" Licence: CC BY 4.0.").close("p").newline().open("table").newline()
                .open("tr").element("th", "file").element("th", "type").element("th", "bytes", "class", "num").close("tr")
                .newline();
        List<String> shown = new ArrayList<>();
        for (String name : DumpFiles.names()) {
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file)) continue;
            shown.add(name);
            w.open("tr").open("td").link(Url.relative(name), name).close("td")
                    .element("td", DumpFiles.mediaType(name)).element("td", Long.toString(Files.size(file)), "class", "num")
                    .close("tr").newline();
        }
        w.close("table").newline().open("p").link(Url.local("/.well-known/void"), "Dataset description (VoID)")
                .text(" · ").link(Url.local("/queries/"), "Example queries").close("p").newline();
        Responses.page(resp, 200, layout.page("Dumps 数据下载", w.toHtml()));
    }
}
