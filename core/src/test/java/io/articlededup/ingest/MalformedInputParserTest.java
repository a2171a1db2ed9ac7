package io.articlededup.ingest;

import io.articlededup.model.Article;
import io.articlededup.model.ArticleLimits;
import io.articlededup.model.InvalidArticleException;
import io.articlededup.model.MalformedEvents;
import io.articlededup.text.CleanerSettings;
import io.articlededup.text.ParagraphCleaner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Property: for every input, {@link ArticleParser#parse} either returns an article or throws
 * {@link InvalidArticleException} with a known reason; never another exception; each in bounded time.
 */
class MalformedInputParserTest {
    static final long SEED = Long.getLong("fuzz.seed", 20261125L);
    static final int RANDOM_CASES = Integer.getInteger("fuzz.cases", 5_000);
    /** Per input, on a shared 2-core machine: the slowest case, a 1.4 MB unclosed-tag HTML bomb, takes 2-5 s (linear in size). */
    static final long MAX_MS_PER_INPUT = 10_000;

    private final ArticleParser parser = new ArticleParser(ArticleLimits.defaults(), new ParagraphCleaner(CleanerSettings.defaults()));

    /** Outcome of one input: "ok" or the dead-letter reason. */
    static String outcome(ArticleParser parser, MalformedEvents.Case c) {
        try {
            Article a = parser.parse(c.value(), 1_764_057_600_000L);
            assertThat(a.id()).isNotBlank();
            assertThat(a.paragraphs()).isNotEmpty();
            return "ok";
        } catch (InvalidArticleException e) {
            assertThat(MalformedEvents.KNOWN_REASONS).as("reason of %s", c.describe()).contains(e.reason());
            assertThat(e.reason()).as("a parser bug for %s: %s", c.describe(), e.getMessage()).isNotEqualTo("internal_error");
            assertThat(e.getMessage()).isNotBlank();
            return e.reason();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError("unexpected " + e + " for " + c.describe(), e);
        }
    }

    @Test
    void everyInputParsesOrIsRejectedWithAKnownReasonInBoundedTime() {
        MalformedEvents gen = new MalformedEvents(SEED);
        List<MalformedEvents.Case> cases = new ArrayList<>(gen.hostile());
        for (int i = 0; i < RANDOM_CASES; i++) {
            cases.add(gen.next(i));
        }
        Map<String, Map<String, Integer>> table = new TreeMap<>();
        Map<String, String> byId = new TreeMap<>();
        long slowest = 0;
        String slowestCase = "";
        for (MalformedEvents.Case c : cases) {
            long t0 = System.nanoTime();
            String outcome = outcome(parser, c);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (ms > slowest) {
                slowest = ms;
                slowestCase = c.describe();
            }
            if (ms > MAX_MS_PER_INPUT) {
                fail("took " + ms + " ms: " + c.describe());
            }
            table.computeIfAbsent(c.category(), k -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
            if (c.category().equals("html_bomb") || c.category().equals("huge_body") || c.category().equals("many_paragraphs")) {
                byId.put(c.describe().substring(0, Math.min(60, c.describe().length())), outcome);
            }
        }
        System.out.println(MalformedEvents.report("parser, seed " + SEED, cases.size(), table));
        System.out.println("slowest input: " + slowest + " ms, " + slowestCase.substring(0, Math.min(100, slowestCase.length())));
        assertThat(cases).hasSizeGreaterThan(RANDOM_CASES);
        // every category produced both kinds of outcomes where both are possible, and the limits held
        assertThat(table.get("huge_body")).containsOnlyKeys("too_large", "paragraph_too_long");
        // a page is read for its main text, and 100,000 blocks of one number each hold none
        assertThat(table.get("many_paragraphs")).containsOnlyKeys("too_many_paragraphs", "missing_text")
                .containsEntry("too_many_paragraphs", 2);
        assertThat(table.get("deep_json")).containsOnlyKeys("invalid_json", "too_large");
        assertThat(table.get("null_key_value")).containsEntry("empty_value", 3).containsEntry("ok", 1);
        assertThat(table.get("broken_json")).containsKey("invalid_json");
        assertThat(table.get("wrong_type")).containsKey("wrong_type");
        assertThat(table.get("missing_fields")).containsKeys("missing_id", "ok");
    }

    @Test
    void limitsAreEnforcedWithReasonsThatNameTheSetting() {
        record In(String json, String reason, String mentions) { }
        ArticleLimits small = new ArticleLimits(2_000, 3, 40, 5);
        ArticleParser p = new ArticleParser(small, new ParagraphCleaner(CleanerSettings.defaults()));
        List<In> ins = List.of(
                new In("{\"id\":\"a\",\"body\":\"" + "x".repeat(2_000) + "\"}", "too_large", "dedup.limits.max.article.bytes"),
                new In("{\"id\":\"a\",\"paragraphs\":[\"a\",\"b\",\"c\",\"d\"]}", "too_many_paragraphs", "dedup.limits.max.paragraphs"),
                new In("{\"id\":\"a\",\"body\":\"a\\nb\\nc\\nd\"}", "too_many_paragraphs", "dedup.limits.max.paragraphs"),
                new In("{\"id\":\"a\",\"body\":\"" + "word ".repeat(10) + "\"}", "paragraph_too_long", "dedup.limits.max.paragraph.chars"),
                new In("{\"id\":\"a\",\"title\":\"" + "t".repeat(41) + "\",\"body\":\"x\"}", "paragraph_too_long", "dedup.limits.max.paragraph.chars"),
                new In("{\"id\":\"a\",\"body\":\"x\",\"e\":[[[[[[1]]]]]]}", "invalid_json", "depth"),
                new In("{\"id\":\"a\",\"id\":\"b\",\"body\":\"x\"}", "invalid_json", "Duplicate field"));
        // identifying fields are bounded too (with the default limits: these events are small enough)
        List<In> fields = List.of(
                new In("{\"id\":\"" + "i".repeat(513) + "\",\"body\":\"x\"}", "field_too_long", "`id` has 513 characters"),
                new In("{\"id\":" + "9".repeat(513) + ",\"body\":\"x\"}", "field_too_long", "`id` has 513 characters"),
                new In("{\"url\":\"https://a.example/" + "u".repeat(8_200) + "\",\"body\":\"x\"}", "field_too_long", "`url`"),
                new In("{\"id\":\"a\",\"source\":\"" + "s".repeat(257) + "\",\"body\":\"x\"}", "field_too_long", "`source`"),
                // a host longer than any DNS name, taken as the source
                new In("{\"url\":\"https://" + "h".repeat(300) + ".example/a\",\"body\":\"x\"}", "field_too_long", "`source`"));
        for (In in : fields) {
            InvalidArticleException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidArticleException.class,
                    () -> parser.parse(MalformedEvents.utf8(in.json()), 0L), in.reason());
            assertThat(e.reason()).as(in.mentions()).isEqualTo(in.reason());
            assertThat(e.getMessage()).as(in.mentions()).contains(in.mentions());
        }
        for (In in : ins) {
            InvalidArticleException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidArticleException.class,
                    () -> p.parse(MalformedEvents.utf8(in.json()), 0L), in.json());
            assertThat(e.reason()).as(in.json()).isEqualTo(in.reason());
            assertThat(e.getMessage()).as(in.json()).containsIgnoringCase(in.mentions());
        }
        // the record's key and headers count toward the article limit: they travel with the article
        byte[] event = MalformedEvents.utf8("{\"id\":\"a\",\"body\":\"some text\"}");
        InvalidArticleException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidArticleException.class,
                () -> p.parse(event, 0L, 2_000 - event.length + 1));
        assertThat(e.reason()).isEqualTo("too_large");
        assertThat(e.getMessage()).contains("key and headers").contains("dedup.limits.max.article.bytes");
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> p.parse(event, 0L, 2_000 - event.length));
    }
}
