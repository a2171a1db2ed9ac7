package io.articlededup.topology;

import io.articlededup.sketch.ArticleSketch;
import io.articlededup.sketch.ArticleSketcher;
import io.articlededup.topology.DuplicateCheckRecords.BandAnswer;
import io.articlededup.topology.DuplicateCheckRecords.BandProbes;
import io.articlededup.topology.DuplicateCheckRecords.BandEntry;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index task alone, fed probe records in an order a race between partitions can produce. In the
 * application an article's exact check and its bands are answered by different tasks, so a copy can
 * reach them before its original.
 */
class DuplicateIndexProcessorTest {
    private static final Duration RETENTION = Duration.ofDays(7);
    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    private final ArticleSketch story = new ArticleSketcher(NearDuplicateSettings.defaults().sketch())
            .sketch(Stories.story(11, 6, 40));
    private final ArticleSketch edited = new ArticleSketcher(NearDuplicateSettings.defaults().sketch())
            .sketch(Stories.editedCopy(Stories.story(11, 6, 40), 0.03, 4));
    private final ArticleSketch other = new ArticleSketcher(NearDuplicateSettings.defaults().sketch())
            .sketch(Stories.story(12, 6, 40));
    private final BandRouting routing = new BandRouting(1);
    private TopologyTestDriver driver;
    private TestInputTopic<String, BandProbes> probes;
    private TestOutputTopic<String, BandAnswer> answers;

    @BeforeEach
    void start() {
        Topology t = new Topology();
        t.addSource("probes", new StringDeserializer(), new SmileSerde<>(BandProbes.class).deserializer(), "probes");
        t.addProcessor("index", () -> new DuplicateIndexProcessor(DuplicateStage.EXACT_STORE, RETENTION,
                DuplicateStage.BAND_STORE, DuplicateStage.BAND_ARTICLES_STORE, RETENTION, 0.4), "probes");
        DuplicateStage.indexStores(true, RETENTION, RETENTION).forEach(store -> t.addStateStore(store, "index"));
        t.addSink("answers", "answers", new StringSerializer(), new SmileSerde<>(BandAnswer.class).serializer(), "index");
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "band-index-test");
        driver = new TopologyTestDriver(t, p);
        probes = driver.createInputTopic("probes", new StringSerializer(), new SmileSerde<>(BandProbes.class).serializer());
        answers = driver.createOutputTopic("answers", new StringDeserializer(), new SmileSerde<>(BandAnswer.class).deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void probe(String id, String site, String contentHash, long secondsAfterT0, ArticleSketch sketch) {
        long time = T0.plusSeconds(secondsAfterT0).toEpochMilli();
        String pendingKey = DuplicateCheckRecords.pendingKey(contentHash, id);
        List<BandProbes> records = routing.probes(site, pendingKey, id, time, sketch.bandHashes(), sketch.compact(),
                contentHash);
        assertThat(records).hasSize(1);
        probes.pipeInput(site, records.get(0), time);
    }

    /** The late notices among the answers, each checked to go from the older article to the newer one. */
    private static List<KeyValue<String, BandAnswer>> lateNotices(List<KeyValue<String, BandAnswer>> out,
                                                                  String newerRoute, String newer, String older,
                                                                  String olderRoute) {
        List<KeyValue<String, BandAnswer>> notices = out.stream().filter(kv -> kv.value.late()).toList();
        assertThat(notices).allSatisfy(kv -> {
            assertThat(kv.key).as("routed to the newer article's partition").isEqualTo(newerRoute);
            assertThat(kv.value.articleId()).isEqualTo(newer);
            assertThat(kv.value.candidateId()).isEqualTo(older);
            assertThat(kv.value.replyRoute()).isEqualTo(olderRoute);
        });
        return notices;
    }

    @Test
    void anOlderExactCopyTakesTheContentFromANewerOneThatArrivedFirstAndTellsIt() {
        probe("copy", "b.example", "content-1", 60, story);
        probe("original", "a.example", "content-1", 0, story);

        List<KeyValue<String, BandAnswer>> out = answers.readKeyValuesToList();
        // no near candidate or near notice between copies of one content: only the exact index's notice
        assertThat(lateNotices(out, "b.example", "copy", "original", "a.example"))
                .singleElement().satisfies(kv -> assertThat(kv.value.exactOf().id()).isEqualTo("original"));
        BandAnswer original = out.get(out.size() - 1).value;
        assertThat(original.articleId()).isEqualTo("original");
        assertThat(original.exactOf()).as("it owns the content now").isNull();
        assertThat(original.candidateId()).isNull();
        assertThat(original.notices()).isEqualTo(1);

        probe("third", "c.example", "content-1", 120, story);
        assertThat(answers.readValue().exactOf().id()).isEqualTo("original");
    }

    @Test
    void aLaterNearCopyFindsTheEntryOfTheContentsFirstArrival() {
        probe("copy", "b.example", "content-1", 60, story);
        probe("original", "a.example", "content-1", 0, story);
        probe("edit", "c.example", "content-2", 120, edited);

        List<KeyValue<String, BandAnswer>> out = answers.readKeyValuesToList();
        BandAnswer edit = out.get(out.size() - 1).value;
        assertThat(edit.articleId()).isEqualTo("edit");
        assertThat(edit.candidateId()).isEqualTo("copy");
        assertThat(edit.exactOf()).isNull();
    }

    @Test
    void anOlderArticleWithOtherContentStillSendsTheNewerOneALateNotice() {
        probe("edit", "c.example", "content-2", 120, edited);
        probe("original", "a.example", "content-1", 0, story);

        List<KeyValue<String, BandAnswer>> out = answers.readKeyValuesToList();
        List<KeyValue<String, BandAnswer>> notices = lateNotices(out, "c.example", "edit", "original", "a.example");
        assertThat(notices).isNotEmpty().allSatisfy(kv -> assertThat(kv.value.exactOf()).isNull());
        BandAnswer original = out.get(out.size() - 1).value;
        assertThat(original.notices()).isEqualTo(notices.size());
    }

    private BandAnswer lastAnswer() {
        List<BandAnswer> out = answers.readValuesToList();
        return out.get(out.size() - 1);
    }

    @Test
    void copiesWithinTheRetentionAreFoundInEarlierTimeBuckets() {
        probe("original", "a.example", "content-1", 0, story);
        probe("edit", "c.example", "content-2", RETENTION.toSeconds() - 60, edited);
        assertThat(lastAnswer().candidateId()).isEqualTo("original");
        probe("copy", "b.example", "content-1", RETENTION.toSeconds() - 30, story);
        assertThat(lastAnswer().exactOf().id()).isEqualTo("original");
    }

    @Test
    void articlesBeyondTheRetentionAreNoLongerFoundThoughTheirBucketIsStillKept() {
        probe("original", "a.example", "content-1", 0, story);
        probe("edit", "c.example", "content-2", RETENTION.toSeconds() + 60, edited);
        assertThat(lastAnswer().candidateId()).isNull();
        probe("copy", "b.example", "content-1", RETENTION.toSeconds() + 90, story);
        assertThat(lastAnswer().exactOf()).isNull();
    }

    @Test
    void anOlderArticleFindsTheNewerOneInALaterTimeBucket() {
        long twoBuckets = 2 * RETENTION.toSeconds() / TimeBuckets.PER_RETENTION;
        probe("edit", "c.example", "content-2", twoBuckets, edited);
        probe("original", "a.example", "content-1", 0, story);
        assertThat(lateNotices(answers.readKeyValuesToList(), "c.example", "edit", "original", "a.example"))
                .isNotEmpty();
    }

    @Test
    void anArticleIsStoredOncePerTaskAndEachOfItsBandsHoldsAnEightByteReference() {
        probe("original", "a.example", "content-1", 0, story);
        probe("copy", "b.example", "content-1", 60, story);
        probe("other", "d.example", "content-3", 90, other);

        WindowStore<Long, BandEntry> articles = driver.getWindowStore(DuplicateStage.BAND_ARTICLES_STORE);
        WindowStore<Bytes, long[]> bands = driver.getWindowStore(DuplicateStage.BAND_STORE);
        List<String> stored = new ArrayList<>();
        articles.all().forEachRemaining(kv -> stored.add(kv.value.articleId()));
        assertThat(stored).as("the exact copy registers nothing").containsExactlyInAnyOrder("original", "other");
        List<long[]> refs = new ArrayList<>();
        bands.all().forEachRemaining(kv -> refs.add(kv.value));
        long original = BandIndex.ref(DuplicateCheckRecords.pendingKey("content-1", "original"));
        assertThat(refs).hasSize(2 * story.bandHashes().length).allSatisfy(r -> assertThat(r).hasSize(1));
        assertThat(refs.stream().filter(r -> r[0] == original)).hasSize(story.bandHashes().length);
    }
}
