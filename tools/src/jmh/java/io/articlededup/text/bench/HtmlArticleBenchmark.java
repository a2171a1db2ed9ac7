package io.articlededup.text.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import io.articlededup.bench.HtmlPages;
import io.articlededup.bench.HtmlPages.HtmlPage;
import io.articlededup.ingest.ArticleParser;
import io.articlededup.model.ArticleLimits;
import io.articlededup.model.InvalidArticleException;
import io.articlededup.text.CleanerSettings;
import io.articlededup.text.ParagraphCleaner;
import io.articlededup.text.page.MainTextExtractor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * HTML page to article text, one thread, on the same {@value #PAGES} real pages for every extractor (a seeded
 * sample of {@link HtmlPages}: trafilatura, L3S-GN1 and AEB pages in proportion to the sets' sizes). One
 * invocation runs the whole sample, so the score is pages/s over exactly these pages whatever their sizes.
 * <ul>
 *   <li>{@code ours}: the production path, a raw event {@code {"id","url","html"}} through {@link ArticleParser}
 *       (JSON, {@link MainTextExtractor}, the paragraph cleaner, hashes): what the topology's first stage does.</li>
 *   <li>{@code oursExtractOnly}: {@link MainTextExtractor} on the decoded page, without the event's JSON and the
 *       cleaning, the part that compares with the peers.</li>
 *   <li>{@code readability4j}: Readability4J 1.0.8, a port of Mozilla's Readability.js (it parses with jsoup too).</li>
 *   <li>{@code boilerpipe}: Boilerpipe 1.2.2's ArticleExtractor (it parses with NekoHTML).</li>
 *   <li>{@code jsoupParse}: {@code Jsoup.parse(html)} alone, the share of ours and Readability4J that is parsing.</li>
 * </ul>
 * A page an extractor rejects (ours: no block reads as an article) counts as done: the work was spent.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
// one invocation is 200 pages, 1-5 s: a 2 s warm-up iteration holds a single one, and ours still ran at a
// quarter of its speed after three of them
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
public class HtmlArticleBenchmark {
    static final int PAGES = 200;
    private static final long SEED = 20240331L;
    /** Readability4J resolves links against the page URL; L3S-GN1 pages have none. */
    private static final String NO_URL = "http://localhost/";

    private final ArticleParser parser = new ArticleParser(ArticleLimits.defaults(),
            new ParagraphCleaner(CleanerSettings.defaults()));
    private List<HtmlPage> pages;
    private byte[][] events;

    @Setup
    public void setup() {
        pages = HtmlPages.sample(PAGES, SEED);
        if (pages.size() < PAGES) {
            throw new IllegalStateException("only " + pages.size() + " pages found, the benchmark needs " + PAGES);
        }
        events = new byte[PAGES][];
        long bytes = 0;
        for (int i = 0; i < PAGES; i++) {
            HtmlPage p = pages.get(i);
            events[i] = HtmlPages.rawEvent(p.set() + "-" + p.id(), p.url(), p.html());
            bytes += events[i].length;
        }
        System.out.printf("%n%d pages, %,d event bytes (%,d per page)%n", PAGES, bytes, bytes / PAGES);
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void ours(Blackhole bh) {
        for (byte[] event : events) {
            try {
                bh.consume(parser.parse(event, 0L));
            } catch (InvalidArticleException e) {
                bh.consume(e);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void oursExtractOnly(Blackhole bh) {
        for (HtmlPage p : pages) {
            bh.consume(MainTextExtractor.extract(p.html(), p.url()));
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void readability4j(Blackhole bh) {
        for (HtmlPage p : pages) {
            try {
                bh.consume(new Readability4J(p.url().isEmpty() ? NO_URL : p.url(), p.html()).parse());
            } catch (RuntimeException e) {
                bh.consume(e);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void boilerpipe(Blackhole bh) {
        for (HtmlPage p : pages) {
            try {
                bh.consume(ArticleExtractor.INSTANCE.getText(p.html()));
            } catch (Exception e) {
                bh.consume(e);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void jsoupParse(Blackhole bh) {
        for (HtmlPage p : pages) {
            bh.consume(Jsoup.parse(p.html(), p.url()));
        }
    }
}
