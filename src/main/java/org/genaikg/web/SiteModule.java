package org.genaikg.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.genaikg.vocab.Std;
import org.genaikg.dataset.ReadModel;
import org.genaikg.dataset.ReportCitation;
import org.genaikg.publish.DatasetDescription;
import org.genaikg.query.ExampleQuery;
import org.genaikg.vocab.Res;
import org.genaikg.web.chart.StatisticsServlet;
import org.genaikg.web.html.Layout;
import org.genaikg.web.page.DumpServlet;
import org.genaikg.web.page.EditorUiServlet;
import org.genaikg.web.page.HomeServlet;
import org.genaikg.web.page.KindListServlet;
import org.genaikg.web.page.QueryCatalogServlet;
import org.genaikg.web.page.ResourcePages;
import org.genaikg.web.page.ResourceServlet;
import org.genaikg.web.page.TimelineServlet;
import org.genaikg.web.page.VoidServlet;
import org.genaikg.web.search.SearchIndex;
import org.genaikg.web.search.SearchServlet;
import org.genaikg.web.view.Answers;
import org.genaikg.web.view.ViewServlet;

/**
 * The site as a Fuseki module: the pages, search, charts, the SPARQL editor (the Fuseki UI's own files through the
 * static-file base), the dumps, the VoID description and the example queries, all read from one {@link ReadModel}.
 * The server adds it to its builder; Fuseki calls {@link #prepare} while it builds, as it does for its own modules.
 */
public final class SiteModule implements FusekiModule {
    /** What the site needs to know of the server it is part of. */
    public record Settings(List<ExampleQuery> queries, long rowCap, Path dumps, String publicUrl, Answers answers) {}

    private final ReadModel model;
    private final Settings settings;

    public SiteModule(ReadModel model, Settings settings) {
        this.model = model;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "genai-kg site";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        Layout layout = new Layout(citation(model.citation()));
        SearchIndex search = model.read(read -> SearchIndex.of(read.graph(), model.labels()));
        ResourceServlet resources = new ResourceServlet(new ResourcePages(model, layout), layout,
                text -> search.suggest(text, 5).stream().map(SearchIndex.Hit::resource).toList());
        EditorUiServlet editor = new EditorUiServlet(settings.queries(), settings.rowCap(), layout);
        builder.staticFileBase(EditorUiServlet.uiFiles())
                .addServlet("", new HomeServlet(model.kinds(), model.citation(), layout))
                .addServlet("/list/*", new KindListServlet(model, layout))
                .addServlet("/statistics/*", new StatisticsServlet(model, layout))
                .addServlet("/timeline", new TimelineServlet(model, layout))
                .addServlet("/search", new SearchServlet(model, search, layout))
                .addServlet("/view/*", new ViewServlet(model, settings.answers()))
                .addServlet("/resource/*", resources)
                .addServlet("/queries/*", new QueryCatalogServlet(settings.queries(), layout))
                .addServlet("/dumps/*", new DumpServlet(settings.dumps(), layout))
                .addServlet("/.well-known/void", new VoidServlet(settings.publicUrl(), this::describe))
                // /index.html is the stock UI's page, sent to /ui/; /static/ is a 404, not the static base's listing
                .addServlet("/ui", editor)
                .addServlet("/ui/*", editor)
                .addServlet("/index.html", editor)
                .addServlet("/static/", editor);
        for (String path : ResourceServlet.documentPaths()) builder.addServlet(path, resources);
    }

    /** The scripts the pages carry inline, as the browser hashes them for the Content-Security-Policy. */
    public static List<String> inlineScripts() {
        return List.of(HomeServlet.FORWARD_UI_LINKS);
    }

    private static Layout.Citation citation(ReportCitation report) {
        String publisher = report.publisher().en() != null ? report.publisher().en() : report.publisher().first("");
        return new Layout.Citation(publisher, report.title().first(""), report.issued(), report.attribution());
    }

    /** The VoID description as served from {@code baseUrl}, as Turtle. */
    private byte[] describe(String baseUrl) {
        Graph description = model.read(read -> {
            try {
                return DatasetDescription.describe(read.graph(), version(read.graph()), baseUrl, settings.dumps());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(description).format(RDFFormat.TURTLE_PRETTY).output(out);
        return out.toByteArray();
    }

    private static String version(Graph graph) {
        var found = graph.find(Res.graphDataset(), Std.DCAT_VERSION, Node.ANY).toList();
        return found.isEmpty() ? "unknown" : found.get(0).getObject().getLiteralLexicalForm();
    }
}
