package io.articlededup.eval.html;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Main-text extraction benchmark over real news pages.
 *
 * <pre>
 * java -cp ... io.articlededup.eval.html.HtmlEval [--set trafilatura|l3s|aeb|all]
 *     [--extractors name,name] [--limit N] [--dump DIR] [--timeout SECONDS]
 * </pre>
 *
 * Pages are decoded once per set and every extractor runs on each page in turn; pages/s counts
 * extraction time only (not decoding or scoring), after a warm-up call per extractor.
 */
public final class HtmlEval {

    private static final String WARM_UP = "<html><head><title>t</title></head><body><article><h1>Title</h1>"
            + "<p>Some paragraph text that is long enough to look like an article body, with words.</p>"
            + "<p>Another paragraph of text so that the extractors have something to choose.</p></article></body></html>";

    private final List<PageExtractor> extractors;
    private final int limit;
    private final Path dumpDir;
    private final long timeoutMillis;
    private final Report report = new Report(System.out);

    HtmlEval(List<PageExtractor> extractors, int limit, Path dumpDir, long timeoutMillis) {
        this.extractors = extractors;
        this.limit = limit;
        this.dumpDir = dumpDir;
        this.timeoutMillis = timeoutMillis;
    }

    public static void main(String[] args) throws IOException {
        String set = "all";
        String names = null;
        int limit = 0;
        Path dump = null;
        long timeout = 10_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--set" -> set = args[++i];
                case "--extractors" -> names = args[++i];
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--dump" -> dump = Path.of(args[++i]);
                case "--timeout" -> timeout = Math.round(Double.parseDouble(args[++i]) * 1000);
                case "--list" -> {
                    System.out.println(String.join(",", Extractors.available().keySet()));
                    return;
                }
                default -> {
                    System.err.println("usage: HtmlEval [--set trafilatura|l3s|aeb|all] [--extractors a,b]"
                            + " [--limit N] [--dump DIR] [--timeout SECONDS] [--list]");
                    System.exit(2);
                }
            }
        }
        List<PageExtractor> chosen = Extractors.select(names);
        HtmlEval eval = new HtmlEval(chosen, limit, dump, timeout);
        for (EvalSet<?> s : sets(set)) {
            eval.run(s);
        }
    }

    static List<EvalSet<?>> sets(String which) {
        List<EvalSet<?>> out = new ArrayList<>();
        for (String name : (which.equals("all") ? "trafilatura,l3s,aeb" : which).split(",")) {
            switch (name.strip()) {
                case "trafilatura" -> out.add(new TrafilaturaSet());
                case "l3s" -> out.add(new L3sSet());
                case "aeb" -> out.add(new AebSet());
                default -> throw new IllegalArgumentException("unknown set '" + name + "'");
            }
        }
        return out;
    }

    <G> void run(EvalSet<G> set) throws IOException {
        long loadStart = System.nanoTime();
        List<EvalPage<G>> pages = set.load(limit);
        System.err.printf("%s: %d pages loaded in %.1f s%n", set.name(), pages.size(),
                (System.nanoTime() - loadStart) / 1e9);
        List<ExtractorResult> results = new ArrayList<>();
        for (PageExtractor extractor : extractors) {
            results.add(runOne(set, pages, extractor));
        }
        report.print(set.name(), results);
    }

    private <G> ExtractorResult runOne(EvalSet<G> set, List<EvalPage<G>> pages, PageExtractor extractor) {
        SetScorer<G> scorer = set.newScorer();
        int failures = 0;
        int timeouts = 0;
        long nanos = 0;
        try (TimedRunner runner = new TimedRunner(timeoutMillis);
             Dump dump = dumpDir == null ? null : new Dump(dumpDir, set.name(), extractor.name())) {
            runner.run(extractor, WARM_UP, "http://localhost/", true);
            for (EvalPage<G> page : pages) {
                TimedRunner.Outcome outcome = runner.run(extractor, page.html(), page.url(), set.goldHasHeadline());
                nanos += outcome.nanos();
                if (outcome.failed()) {
                    failures++;
                    if ("timeout".equals(outcome.error())) {
                        timeouts++;
                    }
                }
                Map<String, Double> scores = scorer.add(page, outcome.text());
                if (dump != null) {
                    dump.page(page, outcome, scores);
                }
            }
        }
        System.err.printf("%s / %s: %.1f s%n", set.name(), extractor.name(), nanos / 1e9);
        return new ExtractorResult(extractor.name(), scorer.summary(), pages.size(), failures, timeouts, nanos / 1e9);
    }
}
