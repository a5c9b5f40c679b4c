package org.genaikg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.genaikg.pipeline.Pipeline;
import org.genaikg.publish.DumpWriter;
import org.genaikg.publish.MediaTypes;
import org.genaikg.web.Html;
import org.genaikg.web.Layout;

/** {@code /dumps/}: a listing of the dump files, and each file with its type and length. */
final class DumpServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Path folder;

    DumpServlet(Path folder) {
        this.folder = folder;
    }

    static List<String> files() {
        List<String> files = new ArrayList<>(DumpWriter.FILES);
        files.add(Pipeline.VOID_FILE);
        return files;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (name.equals("/")) {
            listing(resp);
            return;
        }
        name = name.substring(1);
        if (!files().contains(name) || !Files.isRegularFile(folder.resolve(name))) {
            HttpErrors.send(resp, 404, "No dump named '" + name + "'; see /dumps/ for the list.");
            return;
        }
        Path file = folder.resolve(name);
        resp.setContentType(MediaTypes.of(name) + (name.endsWith(".gz") ? "" : ";charset=utf-8"));
        resp.setContentLengthLong(Files.size(file));
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        resp.setHeader("Cache-Control", "public, max-age=3600");
        if (!req.getMethod().equals("HEAD")) Files.copy(file, resp.getOutputStream());
    }

    private void listing(HttpServletResponse resp) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<h1>Dumps <span lang=\"zh\">数据下载</span></h1>\n<p>The whole graph, as built from the curated tables. "
                + "<span lang=\"zh\">整个知识图谱的完整导出文件。</span> Licence: CC BY 4.0.</p>\n<table>\n"
                + "<tr><th>file</th><th>type</th><th class=\"num\">bytes</th></tr>\n");
        for (String name : files()) {
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file)) continue;
            html.append("<tr><td><a href=\"").append(Html.attr(name)).append("\">").append(Html.text(name))
                    .append("</a></td><td>").append(Html.text(MediaTypes.of(name))).append("</td><td class=\"num\">")
                    .append(Files.size(file)).append("</td></tr>\n");
        }
        html.append("</table>\n<p><a href=\"/.well-known/void\">Dataset description (VoID)</a> · "
                + "<a href=\"/queries/\">Example queries</a></p>\n");
        Layout.send(resp, 200, Layout.page("Dumps 数据下载", html.toString()));
    }
}
