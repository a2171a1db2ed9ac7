package io.articlededup.bench;

import io.articlededup.ingest.ArticleParser;
import io.articlededup.model.EventJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articlededup.bench.HtmlPages.HtmlPage;
import io.articlededup.eval.html.AebSet;
import io.articlededup.eval.html.DataPaths;
import io.articlededup.model.Article;
import io.articlededup.model.ArticleLimits;
import io.articlededup.model.InvalidArticleException;
import io.articlededup.text.CleanerSettings;
import io.articlededup.text.ParagraphCleaner;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The html bench's stream on 60 AEB pages (fewer than the unique events, so editions are made too), each
 * event read by the application's own parser.
 */
class HtmlArticleStreamTest {
    private static final ObjectMapper JSON = EventJson.MAPPER;
    private static final int EVENTS = 160;
    private static List<HtmlPage> pages;

    @BeforeAll
    static void loadPages() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DataPaths.root().resolve("scrapinghub-aeb")),
                "shared data folder " + DataPaths.root().resolve("scrapinghub-aeb").toAbsolutePath()
                        + " is absent (see ../shared/data/README.md): skipping");
        pages = new AebSet().load(60).stream().map(p -> new HtmlPage("aeb", p.id(), p.url(), p.html())).toList();
    }

    @Test
    void eventsAreHtmlEventsWithTheAskedDuplicateShareAndOneTextPerUniqueOrRescrape() throws Exception {
        HtmlArticleStream stream = new HtmlArticleStream(pages, BenchTestData.sampleParagraphs(), 3, 0.3);
        ArticleParser parser = new ArticleParser(ArticleLimits.defaults(), new ParagraphCleaner(CleanerSettings.defaults()));
        Set<String> ids = new HashSet<>();
        Set<String> texts = new HashSet<>();
        int rejected = 0;
        for (int i = 0; i < EVENTS; i++) {
            byte[] event = stream.next("h-" + i);
            JsonNode n = JSON.readTree(event);
            Set<String> fields = new HashSet<>();
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                fields.add(it.next());
            }
            assertThat(fields).containsExactlyInAnyOrder("id", "url", "html");
            try {
                Article a = parser.parse(event, 0L);
                assertThat(ids.add(a.id())).as("id %s twice", a.id()).isTrue();
                assertThat(a.paragraphs()).isNotEmpty();
                texts.add(a.contentHash());
            } catch (InvalidArticleException e) {
                rejected++;
            }
        }
        assertThat(stream.total()).isEqualTo(EVENTS);
        assertThat(stream.uniques()).isGreaterThan(pages.size()); // editions past the first use of every page
        double duplicateShare = (stream.exact() + stream.near()) / (double) EVENTS;
        assertThat(duplicateShare).isBetween(0.2, 0.4);
        assertThat(stream.rescrapes()).isBetween((long) (EVENTS * 0.08), (long) (EVENTS * 0.22));
        assertThat(rejected).isEqualTo(stream.deadLetters());
        // an exact resend or a re-scrape without article paragraphs repeats an earlier text; a unique or a
        // re-scrape with a rewritten paragraph is a text of its own
        assertThat(texts).hasSize((int) (stream.uniques() + stream.near()));
    }

    @Test
    void theSameSeedMakesTheSameStream() {
        List<String> pool = BenchTestData.sampleParagraphs();
        HtmlArticleStream a = new HtmlArticleStream(pages, pool, 5, 0.3);
        HtmlArticleStream b = new HtmlArticleStream(pages, pool, 5, 0.3);
        for (int i = 0; i < 80; i++) {
            assertThat(a.next("h-" + i)).isEqualTo(b.next("h-" + i));
        }
    }
}
