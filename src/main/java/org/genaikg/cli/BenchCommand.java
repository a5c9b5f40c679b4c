package org.genaikg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.genaikg.bench.Benchmarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks (not part of the tests): 'build' times build against a plain streaming conversion on "
                + "seeded synthetic tables; 'serve' measures start-up, query latency and load over HTTP; 'browse' measures "
                + "resource pages and search; 'endpoint' measures the "
                + "same queries against another SPARQL endpoint (--url); 'fuseki' runs genai-kg and plain Fuseki 5.6.0 "
                + "on the same dump side by side; 'plans' times each example query's evaluation in process, in ARQ's "
                + "pattern order and in the graph's counts. "
                + "Results go to target/bench/ as JSON and Markdown.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SUITE", description = "build, serve, browse, endpoint, fuseki, plans or all")
    String suite;

    @Option(names = "--scales", split = ",", description = "Multiples of the real row count (default: 1,10,100,1000).")
    List<Integer> scales = List.of(1, 10, 100, 1000);

    @Option(names = "--repeats", description = "Runs per figure; the median is reported (default: ${DEFAULT-VALUE}).")
    int repeats = 3;

    @Option(names = "--max-heap", description = "Heap limit of each build run (default: ${DEFAULT-VALUE}).")
    String maxHeap = "1g";

    @Option(names = "--shacl-max-scale", description = "Largest scale built with SHACL (default: ${DEFAULT-VALUE}).")
    int shaclMaxScale = 100;

    @Option(names = "--seed", description = "Seed of the synthetic tables (default: ${DEFAULT-VALUE}).")
    long seed = 20251001L;

    @Option(names = "--duration", description = "Seconds of each load level in the serve suite (default: ${DEFAULT-VALUE}).")
    int duration = 20;

    @Option(names = "--warm-up", paramLabel = "SECONDS", description = "Seconds of the query mix at 8 clients sent to each "
            + "endpoint before anything is measured, in the endpoint and fuseki suites: the JIT compiles the query path "
            + "(default: ${DEFAULT-VALUE}; 0 measures a server as it starts).")
    int warmUp = 20;

    @Option(names = "--soak-minutes", description = "Minutes of mixed load in the soak run; 0 skips it (default: ${DEFAULT-VALUE}).")
    int soakMinutes = 0;

    @Option(names = "--url", description = "SPARQL endpoint measured by the endpoint suite (another store, for comparison).")
    String url;

    @Option(names = "--label", description = "Name of the endpoint in the results (default: ${DEFAULT-VALUE}).")
    String label = "endpoint";

    @Option(names = "--fuseki-jar", description = "The jena-fuseki-server 5.6.0 jar for the fuseki suite "
            + "(default: the one Maven keeps in ~/.m2).")
    Path fusekiJar = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "apache", "jena",
            "jena-fuseki-server", "5.6.0", "jena-fuseki-server-5.6.0.jar");

    @Option(names = "--turns", description = "Alternating turns per server in the fuseki suite (default: ${DEFAULT-VALUE}).")
    int turns = 3;

    @Option(names = "--dumps", description = "Dumps served by both servers in the fuseki suite (default: ${DEFAULT-VALUE}).")
    Path dumps = Path.of("target", "dumps");

    @Option(names = "--out", description = "Folder for results (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("target", "bench");

    @Override
    public Integer call() throws Exception {
        String command = "java -jar target/genai-kg.jar bench " + suite + " --scales " + String.join(",",
                scales.stream().map(String::valueOf).toList()) + " --repeats " + repeats + " --max-heap " + maxHeap
                + " --shacl-max-scale " + shaclMaxScale + " --seed " + seed + " --duration " + duration
                + " --soak-minutes " + soakMinutes + " --warm-up " + warmUp + (url == null ? "" : " --url " + url + " --label " + label)
                + (suite.equals("fuseki") ? " --turns " + turns : "");
        Benchmarks benchmarks = new Benchmarks(out, command, System.out);
        if (suite.equals("build") || suite.equals("all")) {
            benchmarks.build(scales, repeats, maxHeap, shaclMaxScale, seed);
        }
        if (suite.equals("serve") || suite.equals("all")) {
            benchmarks.serve(duration, soakMinutes);
        }
        if (suite.equals("browse") || suite.equals("all")) {
            benchmarks.browse();
        }
        if (suite.equals("endpoint")) {
            if (url == null) {
                System.err.println("genai-kg bench endpoint: --url is required");
                return 1;
            }
            benchmarks.endpoint(url, label, duration, warmUp);
        }
        if (suite.equals("fuseki")) {
            benchmarks.fuseki(fusekiJar, dumps, duration, turns, warmUp);
        }
        if (suite.equals("plans")) {
            benchmarks.plans();
        }
        if (!List.of("build", "serve", "browse", "endpoint", "fuseki", "plans", "all").contains(suite)) {
            System.err.println("genai-kg bench: SUITE must be build, serve, browse, endpoint, fuseki, plans or all, not '"
                    + suite + "'");
            return 1;
        }
        return 0;
    }
}
