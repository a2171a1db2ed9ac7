package io.articlededup.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.articlededup.model.Article;
import io.articlededup.model.ArticleLimits;
import io.articlededup.model.ContentHashes;
import io.articlededup.model.DeadLetterReason;
import io.articlededup.model.EventJson;
import io.articlededup.model.InvalidArticleException;
import io.articlededup.model.OutputDocuments;
import io.articlededup.model.PagePositions;
import io.articlededup.text.CleanerSettings;
import io.articlededup.text.ParagraphCleaner;
import io.articlededup.text.ParagraphSplitter;
import io.articlededup.text.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** {@code html} events: the page's main text becomes the article, its metadata the {@code page} object. */
class PageEventParserTest {
    private static final ObjectMapper JSON = EventJson.MAPPER;
    private final ArticleParser parser = new ArticleParser(ArticleLimits.defaults(),
            new ParagraphCleaner(CleanerSettings.defaults()));

    private static final String BODY = """
            <p>The city council voted on Tuesday to close the old harbour bridge to cars from next spring, after
            engineers found that two of its steel girders had corroded far beyond what the last survey showed.</p>
            <p>Cyclists and pedestrians will still be allowed to cross, the council said, while a replacement is
            designed. The work is expected to take at least three years and to cost about 40 million euros.</p>
            <p>Shop owners on both banks warned that the closure would cut their trade, and asked for a free
            shuttle bus. The mayor said the council would study the request before the summer.</p>""";

    static String page(String canonical, String teaser) {
        return """
                <!doctype html><html lang="en-GB"><head><title>Harbour bridge to close to cars | Daily Example</title>
                <link rel="canonical" href="%s">
                <meta property="article:published_time" content="2026-03-31T08:00:00Z">
                <meta name="author" content="Jane Doe"><meta name="description" content="The bridge closes in spring.">
                </head><body><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
                <li><a href="/sport">Sport</a></li></ul></nav>
                <article class="story"><h1>Harbour bridge to close to cars</h1>
                <div class="byline">By Jane Doe, city reporter</div>
                <div class="story-body">%s</div>
                <aside class="related"><h2>More from Daily Example</h2><ul>
                <li><a href="/a">%s</a></li><li><a href="/b">Council approves new budget</a></li></ul></aside>
                </article><footer class="site-footer"><p>Copyright 2026 Daily Example. All rights reserved.</p>
                <p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer></body></html>
                """.formatted(canonical, BODY, teaser);
    }

    private Article parse(ObjectNode event) throws InvalidArticleException {
        return parser.parse(JSON.valueToTree(event).toString().getBytes(StandardCharsets.UTF_8), 1_000L);
    }

    private static ObjectNode event(String id, String url, String html) {
        ObjectNode e = JSON.createObjectNode();
        if (id != null) {
            e.put("id", id);
        }
        if (url != null) {
            e.put("url", url);
        }
        e.put("html", html);
        return e;
    }

    @Test
    void thePagesMainTextIsTheArticleAndItsFurnitureIsNot() throws Exception {
        Article a = parse(event("p1", "https://www.daily.example/news/bridge?utm=x",
                page("https://www.daily.example/news/bridge", "Storm closes schools")));
        assertThat(a.title()).isEqualTo("Harbour bridge to close to cars");
        assertThat(a.paragraphs()).hasSizeBetween(3, 4);
        assertThat(String.join(" ", a.paragraphs()))
                .contains("old harbour bridge", "free shuttle bus")
                .doesNotContain("Home", "Storm closes schools", "Council approves", "Copyright", "Privacy");
        assertThat(a.source()).isEqualTo("daily.example");
        assertThat(a.templatePositions()).hasSize(a.paragraphs().size());
        // the three body paragraphs are the article's own text: never a template position
        for (int i = 0; i < a.paragraphs().size(); i++) {
            if (a.paragraphs().get(i).contains("harbour bridge") || a.paragraphs().get(i).contains("shuttle")
                    || a.paragraphs().get(i).contains("Cyclists")) {
                assertThat(a.templatePositions()[i]).as(a.paragraphs().get(i)).isEqualTo(PagePositions.ARTICLE_TEXT);
            }
        }
    }

    @Test
    void metadataIsPublishedUnderPage() throws Exception {
        Article a = parse(event("p1", "https://www.daily.example/news/bridge",
                page("https://www.daily.example/news/bridge", "Storm closes schools")));
        JsonNode out = OutputDocuments.toJson(a, 2_000L);
        JsonNode meta = out.get("page");
        assertThat(meta.get("canonical_url").asText()).isEqualTo("https://www.daily.example/news/bridge");
        assertThat(meta.get("published_at").asText()).isEqualTo("2026-03-31T08:00:00Z");
        assertThat(meta.get("author").asText()).isEqualTo("Jane Doe");
        assertThat(meta.get("language").asText()).startsWith("en");
        assertThat(meta.get("description").asText()).isEqualTo("The bridge closes in spring.");
        assertThat(out.has("html")).isFalse();
        assertThat(out.get("dedup").get("paragraphs").get("removed").has("template")).isTrue();
    }

    @Test
    void aCarriedPageFieldIsNotOverwritten() throws Exception {
        ObjectNode e = event("p1", "https://www.daily.example/news/bridge",
                page("https://www.daily.example/news/bridge", "x"));
        e.putObject("page").put("section", "city");
        JsonNode out = OutputDocuments.toJson(parse(e), 2_000L);
        assertThat(out.get("page").get("section").asText()).isEqualTo("city");
        assertThat(out.get("page").has("canonical_url")).isFalse();
    }

    @Test
    void withoutAnIdTheCanonicalUrlIsTheArticlesIdentity() throws Exception {
        String canonical = "https://www.daily.example/news/bridge";
        Article viaAmp = parse(event(null, "https://www.daily.example/amp/news/bridge", page(canonical, "A")));
        Article viaSection = parse(event(null, "https://www.daily.example/city/bridge-closes", page(canonical, "B")));
        assertThat(viaAmp.id()).isEqualTo(viaSection.id()).isEqualTo(ContentHashes.idForUrl(canonical));
        assertThat(viaAmp.url()).isEqualTo("https://www.daily.example/amp/news/bridge");
        // an event with an id keeps it; a page without a canonical URL is identified by the event's url
        assertThat(parse(event("given", "https://www.daily.example/x", page(canonical, "A"))).id()).isEqualTo("given");
        assertThat(parse(event(null, "https://www.daily.example/x", page("/relative", "A"))).id())
                .isEqualTo(ContentHashes.idForUrl("https://www.daily.example/x"));
        // neither id nor url: the canonical URL alone identifies it
        assertThat(parse(event(null, null, page(canonical, "A"))).id()).isEqualTo(ContentHashes.idForUrl(canonical));
        assertThatThrownBy(() -> parse(event(null, null, page("", "A"))))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.MISSING_ID.code()));
    }

    @Test
    void aPageWithoutMainTextIsADeadLetterWithAReason() {
        assertThatThrownBy(() -> parse(event("e", null, "<html><body><nav><a href=/>Home</a></nav></body></html>")))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeadLetterReason.MISSING_TEXT.code()));
    }

    @Test
    void deepNestingNeitherOverflowsNorLosesTheText() {
        String deep = "<div>".repeat(10_000) + BODY + "</div>".repeat(10_000);
        Article a = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parse(event("deep", null, deep)));
        assertThat(String.join(" ", a.paragraphs())).contains("old harbour bridge", "free shuttle bus");
    }

    @Test
    void realScrapinghubPagesKeepTheirGroundTruthBody() throws Exception {
        JsonNode truth = JSON.readTree(resource("scrapinghub/articles.json"));
        for (String id : List.of("0dd1357045727799a447563fd8851f4ebe79f042073ea16991a9b67aa595f81a",
                "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856")) {
            Article a = parse(event(id, truth.get(id).get("url").asText(), resource("scrapinghub/html/" + id + ".html.gz")));
            Set<String> gold = words(String.join(" ", ParagraphSplitter.split(truth.get(id).get("articleBody").asText())));
            Set<String> got = words(String.join(" ", a.paragraphs()));
            long found = gold.stream().filter(got::contains).count();
            long extra = got.stream().filter(w -> !gold.contains(w)).count();
            System.out.printf("scrapinghub %s: %d of %d body words found, %d other words, title %s%n",
                    id.substring(0, 8), found, gold.size(), extra, a.title());
            assertThat(a.title()).as(id).isNotBlank();
            assertThat(found).as(id).isGreaterThanOrEqualTo(Math.round(gold.size() * 0.9));
            assertThat(extra).as(id).isLessThanOrEqualTo(Math.round(got.size() * 0.1));
        }
    }

    private static Set<String> words(String text) {
        return new HashSet<>(List.of(TextNormalizer.normalize(text).split("[^\\p{L}\\p{N}]+")));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PageEventParserTest.class.getResourceAsStream("/text/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /text/" + name);
            }
            byte[] bytes = name.endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
