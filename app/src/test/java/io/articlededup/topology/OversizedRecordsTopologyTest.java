package io.articlededup.topology;

import io.articlededup.ingest.ArticleParser;
import io.articlededup.metrics.DedupMetrics;
import io.articlededup.model.Article;
import io.articlededup.model.ArticleLimits;
import io.articlededup.model.MalformedEvents;
import io.articlededup.text.ParagraphCleaner;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import static io.articlededup.model.MalformedEvents.utf8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records too large for the topics the application writes: every dead letter fits
 * {@code dedup.limits.max.dead.letter.bytes} (cut to size and marked when the original does not), key
 * and headers count toward the article limit, and an article whose carried numbers would grow past the
 * largest record is a dead letter instead of a record the producer refuses.
 */
class OversizedRecordsTopologyTest {
    /** Small limits, so that "too large" is quick to build: 20 kB articles, 100 kB dead letters. */
    static final ArticleLimits LIMITS = new ArticleLimits(20_000, 5_000, 50_000, 64, 100_000);

    private final MalformedEvents gen = new MalformedEvents(7);

    @Test
    void deadLettersFitTheirLimitAndSayWhatWasCut() {
        byte[] fitsWhole = utf8("{\"id\":\"a\",\"body\":\"" + "x".repeat(50_000) + "\"}");
        byte[] huge = utf8("{\"id\":\"b\",\"body\":\"" + "y".repeat(500_000) + "\"}");
        byte[] hugeKey = new byte[300_000];
        Arrays.fill(hugeKey, (byte) 'k');
        RecordHeaders bigHeaders = new RecordHeaders();
        bigHeaders.add("trace", new byte[30_000]);
        byte[] good = utf8(gen.validJson("good-1"));
        try (Driver d = new Driver(LIMITS)) {
            d.raw.pipeInput(new TestRecord<>(null, fitsWhole, new RecordHeaders(), Instant.now()));
            d.raw.pipeInput(new TestRecord<>("key-b".getBytes(StandardCharsets.UTF_8), huge,
                    new RecordHeaders().add("origin", utf8("scraper-7")), Instant.now()));
            d.raw.pipeInput(new TestRecord<>(hugeKey, good, new RecordHeaders(), Instant.now()));
            d.raw.pipeInput(new TestRecord<>(null, good, bigHeaders, Instant.now()));
            d.raw.pipeInput(new TestRecord<>(null, utf8(gen.validJson("good-2")), new RecordHeaders(), Instant.now()));

            List<TestRecord<byte[], byte[]>> dead = d.dlq.readRecordsToList();
            assertThat(dead).hasSize(4).allSatisfy(r -> {
                assertThat(header(r, DeadLetterHeaders.REASON)).isEqualTo("too_large");
                assertThat(recordBytes(r)).isLessThanOrEqualTo(LIMITS.maxDeadLetterBytes());
            });
            // 1. over the article limit, under the dead-letter limit: whole, nothing marked
            assertThat(dead.get(0).value()).isEqualTo(fitsWhole);
            assertThat(header(dead.get(0), DeadLetterHeaders.TRUNCATED)).isNull();
            assertThat(header(dead.get(0), DeadLetterHeaders.MESSAGE)).contains("dedup.limits.max.article.bytes");
            // 2. over the dead-letter limit: the start of the value, the original sizes, no original headers
            TestRecord<byte[], byte[]> cut = dead.get(1);
            assertThat(cut.key()).isEqualTo("key-b".getBytes(StandardCharsets.UTF_8));
            assertThat(cut.value().length).isGreaterThan(90_000);
            assertThat(cut.value()).isEqualTo(Arrays.copyOf(huge, cut.value().length));
            assertThat(header(cut, DeadLetterHeaders.TRUNCATED)).isEqualTo("true");
            assertThat(header(cut, DeadLetterHeaders.ORIGINAL_VALUE_BYTES)).isEqualTo(String.valueOf(huge.length));
            assertThat(header(cut, DeadLetterHeaders.ORIGINAL_KEY_BYTES)).isEqualTo("5");
            assertThat(header(cut, DeadLetterHeaders.ORIGINAL_HEADERS_BYTES)).isEqualTo(String.valueOf("origin".length() + "scraper-7".length()));
            assertThat(header(cut, "origin")).isNull();
            assertThat(header(cut, DeadLetterHeaders.OFFSET)).isEqualTo("1");
            // 3. a valid value under a 300 kB key: too large as a record; the key is cut, the value kept
            assertThat(dead.get(2).key()).hasSize(1024).isEqualTo(Arrays.copyOf(hugeKey, 1024));
            assertThat(dead.get(2).value()).isEqualTo(good);
            assertThat(header(dead.get(2), DeadLetterHeaders.ORIGINAL_KEY_BYTES)).isEqualTo("300000");
            // 4. 30 kB of headers: too large as a record, but the dead letter fits whole, headers and all
            assertThat(dead.get(3).value()).isEqualTo(good);
            assertThat(dead.get(3).headers().lastHeader("trace").value()).hasSize(30_000);
            assertThat(header(dead.get(3), DeadLetterHeaders.TRUNCATED)).isNull();

            d.driver.advanceWallClockTime(Duration.ofSeconds(5)); // past the near-duplicate decision grace
            assertThat(d.clean.readRecordsToList()).extracting(TestRecord::key).containsExactly("good-2");
        }
    }

    @Test
    void anArticleWhoseNumbersWouldGrowPastTheLargestRecordIsADeadLetter() {
        // 60,000 x "1e6," is 240 kB of raw JSON, under a 250 kB article limit; written out, each number
        // takes 10 bytes of JSON ("1000000.0,") or 11 of Smile: about 600 kB, over the largest record
        ArticleLimits limits = new ArticleLimits(250_000, 5_000, 50_000, 64, 250_000);
        byte[] numbers = utf8("{\"id\":\"numbers\",\"body\":\"Some real article text here.\",\"readings\":["
                + "1e6,".repeat(60_000) + "1e6]}");
        // the same count of small integers stays small: accepted
        byte[] integers = utf8("{\"id\":\"integers\",\"body\":\"Some other article text here.\",\"readings\":["
                + "1,".repeat(60_000) + "1]}");
        try (Driver d = new Driver(limits)) {
            d.raw.pipeInput(null, numbers);
            d.raw.pipeInput(null, integers);
            d.driver.advanceWallClockTime(Duration.ofSeconds(5));
            List<TestRecord<byte[], byte[]>> dead = d.dlq.readRecordsToList();
            assertThat(dead).hasSize(1);
            assertThat(header(dead.get(0), DeadLetterHeaders.REASON)).isEqualTo("too_large");
            assertThat(header(dead.get(0), DeadLetterHeaders.MESSAGE)).contains("when written out");
            List<TestRecord<String, byte[]>> clean = d.clean.readRecordsToList();
            assertThat(clean).extracting(TestRecord::key).containsExactly("integers");
            assertThat(clean.get(0).value().length).isLessThan(limits.largestRecordBytes());
        }
    }

    @Test
    void theLargestAcceptedArticlesFitTheLargestRecordInEveryForm() {
        ArticleLimits limits = ArticleLimits.defaults();
        ArticleParser parser = new ArticleParser(limits, new ParagraphCleaner(TopologySettings.defaults().cleaner()));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < limits.maxParagraphs() && lines.length() < limits.maxArticleBytes() - 9_000; i++) {
            lines.append("p").append(i).append(" ").append("w".repeat(412)).append("\\n");
        }
        List<String> worst = List.of(
                // as many short body lines as allowed: each 2-byte "\n" becomes 3 bytes ("\",\"") in the output
                "{\"url\":\"https://" + "h".repeat(240) + ".example/" + "u".repeat(7_900) + "\",\"body\":\"" + lines + "\"}",
                // carried numbers that come out nearly three times their raw size: measured, and just under the room
                "{\"id\":\"n\",\"body\":\"text of the story here\",\"x\":[" + "1e6,".repeat(340_000) + "1]}");
        for (String json : worst) {
            byte[] raw = utf8(json);
            assertThat(raw.length).isLessThanOrEqualTo(limits.maxArticleBytes());
            Article a;
            try {
                a = parser.parse(raw, 0L);
                new WrittenArticleSize(limits).check(a, raw.length, 0);
            } catch (Exception e) {
                // measured and refused: nothing too large is written either way
                assertThat(e).hasMessageContaining("when written out");
                continue;
            }
            long smile = new SmileSerde<>(Article.class).serializer().serialize("t", a).length;
            long json2 = io.articlededup.model.OutputDocuments.toBytes(a, 0L).length;
            System.out.printf("raw %,d bytes -> Smile %,d, JSON %,d (largest record %,d)%n", raw.length, smile, json2,
                    limits.largestRecordBytes());
            assertThat(Math.max(smile, json2) + ArticleLimits.ARTICLE_RECORD_FIXED_SLACK + ArticleLimits.BATCH_OVERHEAD)
                    .isLessThanOrEqualTo(limits.largestRecordBytes());
        }
    }

    private static long recordBytes(TestRecord<byte[], byte[]> r) {
        long n = (r.key() == null ? 0 : r.key().length) + (r.value() == null ? 0 : r.value().length);
        for (Header h : r.headers()) {
            n += h.key().length() + (h.value() == null ? 0 : h.value().length) + 10;
        }
        return n + 64;
    }

    private static String header(TestRecord<byte[], byte[]> r, String key) {
        Header h = r.headers().lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** The whole topology with the given limits on TopologyTestDriver. */
    private static final class Driver implements AutoCloseable {
        final TopologyTestDriver driver;
        final TestInputTopic<byte[], byte[]> raw;
        final TestOutputTopic<byte[], byte[]> dlq;
        final TestOutputTopic<String, byte[]> clean;

        Driver(ArticleLimits limits) {
            TopologySettings d = TopologySettings.defaults();
            TopologySettings s = new TopologySettings(d.inputTopic(), d.cleanTopic(), d.duplicatesTopic(), d.deadLetterTopic(),
                    d.repliesTopic(), d.duplicateMode(), d.internalPartitions(), d.exactRetention(), limits, d.cleaner(),
                    d.boilerplate(), d.near(), d.decisionRetention(), d.order());
            Properties p = new Properties();
            p.put(StreamsConfig.APPLICATION_ID_CONFIG, "oversized");
            p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
            driver = new TopologyTestDriver(DedupTopology.build(Fixtures.unordered(s), DedupMetrics.noop()), p);
            raw = driver.createInputTopic(s.inputTopic(), new ByteArraySerializer(), new ByteArraySerializer());
            dlq = driver.createOutputTopic(s.deadLetterTopic(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
            clean = driver.createOutputTopic(s.cleanTopic(), new StringDeserializer(), new ByteArrayDeserializer());
        }

        @Override
        public void close() {
            driver.close();
        }
    }
}
