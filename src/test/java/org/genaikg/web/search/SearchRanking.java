package org.genaikg.web.search;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.genaikg.RealBuild;
import org.genaikg.dataset.LabelIndex;
import org.genaikg.vocab.Namespaces;

/**
 * The searches users make first — Chinese, English, abbreviations, titles with and without 《》, one-letter typos —
 * each with the resource it must find, run against the real graph; and the report of where each came, which
 * {@code docs/search-ranking.md} keeps. Regenerate it with {@code main}.
 */
public final class SearchRanking {
    static final Path CASES = Path.of("src/test/resources/search/searches.csv");
    static final Path REPORT = Path.of("docs/search-ranking.md");

    record Case(String query, String expected, String what) {}

    /** Where the expected resource came: among the hits, or (when there are none) among the suggestions; 0 if absent. */
    record Result(Case search, int rank, boolean suggested, List<String> top) {}

    private SearchRanking() {}

    static List<Case> cases() {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class).with(schema)
                .readValues(Files.newBufferedReader(CASES, StandardCharsets.UTF_8))) {
            List<Case> cases = new ArrayList<>();
            while (rows.hasNext()) {
                Map<String, String> r = rows.next();
                cases.add(new Case(r.get("query"), r.get("expected"), r.get("what")));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SearchIndex index() {
        LabelIndex labels = LabelIndex.of(RealBuild.graph());
        return SearchIndex.of(RealBuild.graph(), labels);
    }

    static Result run(SearchIndex index, Case c) {
        List<SearchIndex.Hit> hits = index.search(c.query(), 50);
        boolean suggested = hits.isEmpty();
        if (suggested) hits = index.suggest(c.query(), 5);
        String expected = Namespaces.RES + c.expected();
        int rank = 0;
        List<String> top = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            String iri = hits.get(i).resource().getURI();
            if (rank == 0 && iri.equals(expected)) rank = i + 1;
            if (i < 3) top.add(iri.startsWith(Namespaces.RES) ? iri.substring(Namespaces.RES.length()) : iri);
        }
        return new Result(c, rank, suggested, top);
    }

    static String report(List<Result> results) {
        StringBuilder md = new StringBuilder();
        long top1 = results.stream().filter(r -> r.rank() == 1).count();
        long top3 = results.stream().filter(r -> r.rank() >= 1 && r.rank() <= 3).count();
        md.append("# Search ranking\n\n")
                .append("The searches a new user makes first, run against the real graph by `web.search.SearchRankingTest`, ")
                .append("which fails when an expected resource is not among the first three. Where a search finds nothing, ")
                .append("the rank is among the suggested nearest names (*did you mean*). Regenerate this file after a ")
                .append("deliberate change with\n\n```sh\nmvn -B -q -o test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java ")
                .append("-Dexec.classpathScope=test -Dexec.mainClass=org.genaikg.web.search.SearchRanking\n```\n\n")
                .append(results.size()).append(" searches: ").append(top1).append(" first, ").append(top3)
                .append(" in the first three.\n\n")
                .append("| query | expected | rank | what | first three |\n| --- | --- | ---: | --- | --- |\n");
        for (Result r : results) {
            md.append("| `").append(r.search().query()).append("` | `").append(r.search().expected()).append("` | ")
                    .append(r.rank() == 0 ? "—" : r.rank() + (r.suggested() ? " (suggested)" : "")).append(" | ")
                    .append(r.search().what()).append(" | ")
                    .append(String.join(", ", r.top().stream().map(t -> "`" + t + "`").toList())).append(" |\n");
        }
        return md.toString();
    }

    static List<Result> runAll() {
        SearchIndex index = index();
        return cases().stream().map(c -> run(index, c)).toList();
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(REPORT, report(runAll()), StandardCharsets.UTF_8);
        System.out.println("wrote " + REPORT);
    }
}
