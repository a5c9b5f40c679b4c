package org.genaikg.web.page;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFWriter;
import org.genaikg.dataset.OntologyTerms;
import org.genaikg.vocab.Namespaces;
import org.genaikg.web.html.HtmlWriter;
import org.genaikg.web.html.Layout;
import org.genaikg.web.html.Responses;

/**
 * Dereferences the graph's IRIs: {@code https://w3id.org/genai-kg/X} is answered at {@code /X} with its page or
 * its description, chosen by {@code Accept} ({@code Vary: Accept}), or fixed by a suffix ({@code .ttl},
 * {@code .nt}, {@code .jsonld}, {@code .rdf}, {@code .html}). The answer is 200 at the resource's own path — no
 * 303 hop — with {@code Content-Location} naming the suffixed document. An IRI the graph does not have: 404 with
 * a search form holding its id.
 */
public final class ResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** The resources whose names are nearest to a text: what a 404 offers instead of what was asked for. */
    public interface Nearest {
        List<Node> near(String text);
    }

    private final transient ResourcePages site;
    private final transient Layout layout;
    private final transient Nearest nearest;

    public ResourceServlet(ResourcePages site, Layout layout, Nearest nearest) {
        this.site = site;
        this.layout = layout;
        this.nearest = nearest;
    }

    /** The paths it answers besides {@code /resource/*}: the ontology and the data set, with each format's suffix. */
    public static java.util.List<String> documentPaths() {
        java.util.List<String> paths = new java.util.ArrayList<>();
        for (String path : new String[] {Links.ONTOLOGY_PATH, "/dataset"}) {
            paths.add(path);
            for (DocumentFormat f : DocumentFormat.values()) paths.add(path + f.suffix());
        }
        return paths;
    }

    private record Target(Node resource, String path, DocumentFormat fixed) {}

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = decodedPath(req);
        Target target = path == null ? null : resolve(path);
        if (target == null) {
            notFound(req, resp, path == null ? req.getRequestURI() : path);
            return;
        }
        DocumentFormat format = target.fixed();
        if (format == null) {
            resp.setHeader("Vary", "Accept");
            MediaType chosen = ConNeg.chooseContentType(req, DocumentFormat.OFFER, MediaType.create("text/html"));
            format = DocumentFormat.ofMediaType(chosen.getContentTypeStr());
            resp.setHeader("Content-Location", target.path() + format.suffix());
        }
        StringBuilder alternates = new StringBuilder();
        for (DocumentFormat f : DocumentFormat.values()) {
            if (alternates.length() > 0) alternates.append(", ");
            alternates.append('<').append(target.path()).append(f.suffix()).append(">; rel=\"alternate\"; type=\"")
                    .append(f.mediaType()).append('"');
        }
        resp.setHeader("Link", alternates.toString());
        byte[] body = format == DocumentFormat.HTML
                ? site.page(target.resource(), target.path()).toString().getBytes(StandardCharsets.UTF_8)
                : rdf(site.description(target.resource()), format);
        Responses.send(resp, 200, format.mediaType() + (format == DocumentFormat.JSONLD ? "" : ";charset=utf-8"), body,
                Responses.PAGE_CACHE);
    }

    private Target resolve(String path) {
        Target whole = target(path, null);
        if (whole != null) return whole;
        DocumentFormat format = DocumentFormat.ofSuffix(path);
        if (format == null) return null;
        return target(path.substring(0, path.length() - format.suffix().length()), format);
    }

    private Target target(String path, DocumentFormat format) {
        if (path.equals(Links.ONTOLOGY_PATH)) return new Target(OntologyTerms.ONTOLOGY, path, format);
        Node node = NodeFactory.createURI(Links.iriOf(path));
        return site.model().labels().isKnown(node) ? new Target(node, path, format) : null;
    }

    private void notFound(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        String id = path.substring(path.lastIndexOf('/') + 1).replaceAll("\\.(ttl|nt|jsonld|rdf|html)$", "");
        MediaType chosen = ConNeg.chooseContentType(req, DocumentFormat.OFFER, MediaType.create("text/html"));
        resp.setHeader("Vary", "Accept");
        if (DocumentFormat.ofMediaType(chosen.getContentTypeStr()) != DocumentFormat.HTML) {
            Responses.text(resp, 404, "Not found: " + Namespaces.BASE + path.substring(1)
                    + " is not in the graph. Search: /search?q=" + id + "\n");
            return;
        }
        HtmlWriter m = new HtmlWriter();
        m.open("h1").text("未找到 ").element("span", "Not found", "class", "en").close("h1").newline()
                .open("p").text("图谱中没有 ").element("span", Namespaces.BASE + path.substring(1), "class", "iri")
                .text("。 The graph has no such resource.").close("p").newline();
        List<Node> near = nearest.near(id);
        if (!near.isEmpty()) {
            m.open("p").text("您要找的是否是 Did you mean: ");
            ValueView values = new ValueView(site.model().labels(), new Links(site.model().labels()));
            for (int i = 0; i < near.size(); i++) {
                if (i > 0) m.text(" · ");
                values.named(m, near.get(i));
            }
            m.close("p").newline();
        }
        SearchForm.write(m, id);
        Responses.page(resp, 404, layout.page("未找到 Not found", BrowseStyle.HEAD, m.toHtml()));
    }

    private static byte[] rdf(Graph graph, DocumentFormat format) {
        graph.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        RDFWriter.source(graph).format(format.rdf).output(out);
        return out.toByteArray();
    }

    /** The request's path with its %-escapes decoded; {@code null} for a malformed one. */
    private static String decodedPath(HttpServletRequest req) {
        try {
            return new URI(req.getRequestURI()).getPath();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
