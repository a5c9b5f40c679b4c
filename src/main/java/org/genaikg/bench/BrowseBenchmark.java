package org.genaikg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaikg.vocab.Namespaces;

/**
 * Browsing latency on the real graph, one client, the answer cache off, the server in its own JVM: every
 * resource's page (HTML) and description (Turtle), and searches for names and parts of names; then the server's
 * resident memory while the pages are fetched over and over, to show it does not grow with the requests.
 */
final class BrowseBenchmark {
    private static final int MEMORY_ROUNDS = 6;
    private final Path out;
    private final String command;
    private final PrintStream log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    BrowseBenchmark(Path out, String command, PrintStream log) {
        this.out = out;
        this.command = command;
        this.log = log;
    }

    void run() throws IOException, InterruptedException {
        StringBuilder md = new StringBuilder("# Browsing benchmark\n\nMachine: ").append(BenchReport.machine())
                .append("  \nCommand: `").append(command).append("`  \nServer: `serve --dumps target/dumps --cache-mb 0` "
                        + "in its own JVM; one client on loopback; each figure after warm-up passes. Load average of the "
                        + "machine at the start: " + loadAverage() + " (other processes share its cores; tails grow with it).\n\n");
        StringBuilder json = new StringBuilder("{\n  \"machine\": \"" + BenchReport.machine() + "\",\n  \"command\": \""
                + command + "\",\n");
        try (ServerProcess server = ServerProcess.start(out.resolve("browse-server.log"), "--max-concurrent", "64", "--dumps", "target/dumps",
                "--cache-mb", "0")) {
            String base = server.baseUrl;
            List<String> pages = resourcePaths(base);
            List<String> searches = searchTerms(base);
            for (int warm = 0; warm < 2; warm++) {
                timeAll(base, pages, "");
                timeAll(base, pages, ".ttl");
                timeSearches(base, searches);
            }
            List<Double> html = timeAll(base, pages, "");
            List<Double> turtle = timeAll(base, pages, ".ttl");
            List<Double> search = timeSearches(base, searches);
            md.append("| what | requests | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
            row(md, json, "resource page (HTML), every resource", "pagesHtml", html);
            row(md, json, "resource description (Turtle), every resource", "pagesTurtle", turtle);
            row(md, json, "search (JSON), " + searches.size() + " names and name prefixes", "search", search);
            List<Long> rss = new ArrayList<>();
            List<Long> live = new ArrayList<>();
            rss.add(server.residentMb());
            live.add(liveHeapMb(server));
            for (int round = 0; round < MEMORY_ROUNDS; round++) {
                timeAll(base, pages, "");
                timeSearches(base, searches);
                rss.add(server.residentMb());
                live.add(liveHeapMb(server));
            }
            md.append("\nMemory of the server before and after each of ").append(MEMORY_ROUNDS)
                    .append(" more passes over every page and search (").append(pages.size() + searches.size())
                    .append(" requests each): heap in use after a full collection (MB) ").append(live)
                    .append("; resident memory (MB) ").append(rss)
                    .append(" (the JVM keeps heap it has grown to; what is live is the first list).\n");
            json.append("  \"liveHeapMbPerPass\": ").append(live).append(",\n  \"rssMbPerPass\": ").append(rss)
                    .append(",\n  \"done\": true\n}\n");
            log.printf(Locale.ROOT, "pages p99 %.1f ms, search p99 %.1f ms, live heap per pass %s MB, resident %s MB%n",
                    percentile(html, 99), percentile(search, 99), live, rss);
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("browse.md"), md);
        Files.writeString(out.resolve("browse.json"), json);
        log.println("wrote " + out.resolve("browse.json") + " and " + out.resolve("browse.md"));
    }

    private void row(StringBuilder md, StringBuilder json, String what, String key, List<Double> ms) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", what, ms.size(),
                percentile(ms, 50), percentile(ms, 95), percentile(ms, 99), ms.get(ms.size() - 1)));
        json.append(String.format(Locale.ROOT, "  \"%s\": {\"requests\": %d, \"p50\": %.2f, \"p95\": %.2f, \"p99\": %.2f, "
                + "\"max\": %.2f},%n", key, ms.size(), percentile(ms, 50), percentile(ms, 95), percentile(ms, 99),
                ms.get(ms.size() - 1)));
    }

    /** The local path of every subject of the graph in genai-kg's namespace, asked of the server itself. */
    private List<String> resourcePaths(String base) throws IOException, InterruptedException {
        String query = "SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + Namespaces.RES + "\")) } ORDER BY ?s";
        List<String> paths = new ArrayList<>();
        for (String iri : column(base, query)) paths.add("/" + iri.substring(Namespaces.BASE.length()));
        paths.add("/ontology");
        paths.add("/dataset");
        return paths;
    }

    /** Searches as people type them: every tenth name whole, and its first two characters. */
    private List<String> searchTerms(String base) throws IOException, InterruptedException {
        String query = "PREFIX rdfs: <" + Namespaces.RDFS + "> SELECT ?name WHERE { ?s rdfs:label ?name } ORDER BY ?name";
        List<String> names = column(base, query);
        List<String> terms = new ArrayList<>(List.of("deepseek", "DeepSeek", "《人工智能生成合成内容标识办法》", "eu ai act", "文心"));
        for (int i = 0; i < names.size(); i += 10) {
            String name = names.get(i);
            terms.add(name.length() > 200 ? name.substring(0, 200) : name);
            terms.add(name.substring(0, Math.min(2, name.length())));
        }
        terms.removeIf(String::isBlank);
        return terms;
    }

    private List<String> column(String base, String query) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv")
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IOException("query answered " + r.statusCode() + ": " + r.body());
        List<String> values = new ArrayList<>();
        for (String line : r.body().split("\r?\n")) values.add(line.startsWith("\"") ? line.substring(1, line.length() - 1) : line);
        return values.subList(1, values.size());
    }

    private List<Double> timeAll(String base, List<String> paths, String suffix) throws IOException, InterruptedException {
        List<Double> ms = new ArrayList<>();
        for (String path : paths) ms.add(time(base + path + suffix, suffix.isEmpty() ? "text/html" : "*/*"));
        Collections.sort(ms);
        return ms;
    }

    private List<Double> timeSearches(String base, List<String> terms) throws IOException, InterruptedException {
        List<Double> ms = new ArrayList<>();
        for (String t : terms) {
            ms.add(time(base + "/search?q=" + URLEncoder.encode(t, StandardCharsets.UTF_8), "application/json"));
        }
        Collections.sort(ms);
        return ms;
    }

    private double time(String url, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).build();
        long start = System.nanoTime();
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - start) / 1e6;
        if (r.statusCode() != 200) throw new IOException(url + " answered " + r.statusCode());
        return ms;
    }

    /** Heap in use right after a full collection, by {@code jcmd} (-1 when it cannot be read). */
    private static long liveHeapMb(ServerProcess server) throws IOException, InterruptedException {
        String pid = String.valueOf(server.process.pid());
        run("jcmd", pid, "GC.run");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(run("jcmd", pid, "GC.heap_info"));
        return used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return output;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double percentile(List<Double> sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
    }
}
