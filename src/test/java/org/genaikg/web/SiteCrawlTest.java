package org.genaikg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaikg.TestData;
import org.genaikg.serve.ServeConfig;
import org.genaikg.serve.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows every link of the site from the home page, as a reader could: every page it reaches answers 200, and every
 * link to a place on a page ({@code #anchor}) lands on an element with that id. The SPARQL editor (a script's own
 * pages), the endpoint and the downloads are not pages and are not followed.
 */
class SiteCrawlTest {
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
    /** Every page of the site is a few thousand; far more would mean links that generate pages. */
    private static final int MAX_PAGES = 8_000;

    @Test
    void everyLinkLeadsToAPageAndEveryAnchorToItsPlace(@TempDir Path temp) throws Exception {
        try (TestServer server = TestServer.start(TestData.REAL, temp.resolve("dumps"),
                ServeConfig.defaults(temp.resolve("dumps"), Path.of("queries")))) {
            Deque<String> todo = new ArrayDeque<>(List.of("/"));
            Set<String> seen = new HashSet<>(todo);
            Map<String, Set<String>> ids = new HashMap<>();
            Map<String, List<String>> anchorsWanted = new LinkedHashMap<>();
            List<String> broken = new ArrayList<>();
            while (!todo.isEmpty()) {
                assertTrue(seen.size() <= MAX_PAGES, "more than " + MAX_PAGES + " pages: a link makes pages without end?");
                String path = todo.removeFirst();
                HttpResponse<String> r = server.get(path, "text/html");
                if (r.statusCode() != 200) {
                    broken.add(path + " → " + r.statusCode());
                    continue;
                }
                String html = r.body();
                Set<String> here = new HashSet<>();
                Matcher id = ID.matcher(html);
                while (id.find()) here.add(id.group(1));
                ids.put(path, here);
                Matcher href = HREF.matcher(html);
                while (href.find()) {
                    String link = href.group(1).replace("&amp;", "&");
                    URI target = URI.create(server.url(path)).resolve(link.replace(" ", "%20"));
                    if (!target.getHost().equals("127.0.0.1") || target.getPort() != server.server.port()) continue;
                    String page = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
                    if (!isPage(target.getRawPath())) continue;
                    if (target.getRawFragment() != null && !target.getRawFragment().isEmpty()) {
                        anchorsWanted.computeIfAbsent(page, k -> new ArrayList<>()).add(target.getFragment() + " (from " + path + ")");
                    }
                    if (seen.add(page)) todo.addLast(page);
                }
            }
            assertEquals(List.of(), broken.stream().limit(20).toList(), broken.size() + " links answer other than 200");
            List<String> missing = new ArrayList<>();
            anchorsWanted.forEach((page, anchors) -> {
                for (String anchor : anchors) {
                    String name = anchor.substring(0, anchor.indexOf(" (from "));
                    if (!ids.getOrDefault(page, Set.of()).contains(name)) missing.add(page + "#" + anchor);
                }
            });
            assertEquals(List.of(), missing.stream().distinct().limit(20).toList(),
                    missing.size() + " links to an anchor that is not on the page");
            assertTrue(seen.size() > 1500, "the crawl reached only " + seen.size() + " pages");
        }
    }

    /** The site's pages, not the editor's script-driven views, the endpoint, the files or the RDF documents. */
    private static boolean isPage(String path) {
        if (path.startsWith("/ui") || path.startsWith("/kg") || path.startsWith("/$/") || path.startsWith("/.well-known")) {
            return false;
        }
        if (path.startsWith("/dumps/") && !path.equals("/dumps/")) return false;
        return !path.matches(".*\\.(ttl|nt|jsonld|rdf|rq|gz)$");
    }
}
