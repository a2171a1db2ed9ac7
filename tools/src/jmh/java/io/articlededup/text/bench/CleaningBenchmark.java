package io.articlededup.text.bench;

import io.articlededup.ingest.ArticleParser;
import io.articlededup.model.EventJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.articlededup.benchdata.BbcArticles;
import io.articlededup.model.Article;
import io.articlededup.model.ArticleLimits;
import io.articlededup.model.InvalidArticleException;
import io.articlededup.text.CleanerSettings;
import io.articlededup.text.ParagraphCleaner;
import io.articlededup.text.TextNormalizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first stage of the topology, per article and one thread: a raw event's JSON bytes to a cleaned
 * {@link Article} (parse, split the body into paragraphs, normalise, drop repeats and UI lines, hash), on
 * the real BBC articles of {@link BbcArticles}.
 * <ul>
 *   <li>{@code parseAndClean}: the body as a scraper captured it once, paragraphs on blank lines.</li>
 *   <li>{@code parseAndCleanRepeatedBody}: the seed's defect, the body captured twice with a "comments" line
 *       and the headline again in between; half of the paragraphs are removed as repeats.</li>
 *   <li>{@code normalizeParagraphs}: only the comparison keys ({@link TextNormalizer}) of the paragraphs.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class CleaningBenchmark {
    private final ArticleParser parser = new ArticleParser(ArticleLimits.defaults(),
            new ParagraphCleaner(CleanerSettings.defaults()));
    private List<List<String>> articles;
    private List<byte[]> events;
    private List<byte[]> repeatedEvents;
    private int next;

    @Setup
    public void setup() throws IOException {
        ObjectMapper json = EventJson.MAPPER;
        articles = BbcArticles.paragraphs();
        events = new ArrayList<>();
        repeatedEvents = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            List<String> paragraphs = articles.get(i);
            String body = String.join("\n\n", paragraphs);
            String headline = paragraphs.get(0);
            events.add(event(json, i, body));
            repeatedEvents.add(event(json, i, body + "\n\ncomments\n\n" + headline + "\n\n" + body + "\n\ncomments"));
        }
    }

    private static byte[] event(ObjectMapper json, int i, String body) throws IOException {
        ObjectNode e = json.createObjectNode();
        e.put("url", "https://www.bbc.co.uk/news/article-" + i);
        e.put("body", body);
        e.put("scraped_at", "2024-03-31T12:00:00Z");
        return json.writeValueAsBytes(e);
    }

    private int nextIndex() {
        int i = next;
        next = (i + 1 == articles.size()) ? 0 : i + 1;
        return i;
    }

    @Benchmark
    public Article parseAndClean() throws InvalidArticleException {
        return parser.parse(events.get(nextIndex()), 0L);
    }

    @Benchmark
    public Article parseAndCleanRepeatedBody() throws InvalidArticleException {
        return parser.parse(repeatedEvents.get(nextIndex()), 0L);
    }

    @Benchmark
    public int normalizeParagraphs() {
        int chars = 0;
        for (String p : articles.get(nextIndex())) {
            chars += TextNormalizer.normalize(p).length();
        }
        return chars;
    }
}
