package org.genaikg.web;

import jakarta.servlet.http.HttpServlet;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.genaikg.query.ExampleQuery;

/**
 * The server's own HTML pages over one served dataset: the home page, the lists by kind, the statistics with their
 * charts, the timeline, and the SPARQL editor (the Fuseki UI made read-only). The server registers each servlet at
 * its path; what the pages read is indexed once here, since the served graph does not change.
 */
public final class WebPages {
    private final DatasetGraph dataset;
    private final KindIndex index;
    private final List<ExampleQuery> queries;
    private final long rowCap;

    private WebPages(DatasetGraph dataset, List<ExampleQuery> queries, long rowCap) {
        this.dataset = dataset;
        this.index = KindIndex.of(dataset);
        this.queries = List.copyOf(queries);
        this.rowCap = rowCap;
    }

    /** Pages over {@code dataset}; {@code rowCap} is the most rows a SELECT answers (0: no cap). */
    public static WebPages over(DatasetGraph dataset, List<ExampleQuery> queries, long rowCap) {
        return new WebPages(dataset, queries, rowCap);
    }

    /** {@code /} (exactly). */
    public HttpServlet home() {
        return new HomeServlet(index);
    }

    /** {@code /list/*}. */
    public HttpServlet lists() {
        return new KindListServlet(dataset, index);
    }

    /** {@code /statistics/*}. */
    public HttpServlet statistics() {
        return new StatisticsServlet(dataset);
    }

    /** {@code /timeline}. */
    public HttpServlet timeline() {
        return new TimelineServlet(dataset, index);
    }

    /**
     * {@code /ui}, {@code /ui/*}, {@code /index.html} (the stock UI's page, sent to {@code /ui/}) and {@code /static/}
     * (a 404 rather than the static-file base's folder listing).
     */
    public HttpServlet editor() {
        return new EditorUiServlet(queries, rowCap);
    }

    /** The folder of the Fuseki UI's own files, for the server's static-file base. */
    /** The scripts the pages carry inline, as the browser hashes them for the Content-Security-Policy. */
    public static List<String> inlineScripts() {
        String tag = HomeServlet.FORWARD_UI_LINKS.strip();
        return List.of(tag.substring("<script>".length(), tag.length() - "</script>".length()));
    }

    public static String uiFiles() {
        return EditorUiServlet.uiFiles();
    }
}
