package io.articlededup.topology;

import io.articlededup.metrics.DedupMetrics;
import io.articlededup.model.Article;
import io.articlededup.sketch.ArticleSketch;
import io.articlededup.sketch.ArticleSketcher;
import io.articlededup.topology.DuplicateCheckRecords.BandAnswer;
import io.articlededup.topology.DuplicateCheckRecords.BandProbes;
import io.articlededup.topology.DuplicateCheckRecords.ContentOwner;
import io.articlededup.topology.DuplicateCheckRecords.DecidedArticle;
import io.articlededup.topology.DuplicateCheckRecords.DecisionReply;
import io.articlededup.topology.DuplicateCheckRecords.PendingDecision;
import io.articlededup.topology.DuplicateCheckRecords.PendingEvent;
import io.articlededup.topology.DuplicateCheckRecords.PendingOutput;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowBytesStoreSupplier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The exact and near-duplicate checks (design, "Topology and scale"), as one round trip to an index:
 * <pre>
 * article (by source) -> sketch-article -> fan-out-bands -> [band-probes] -> duplicate-index-lookup
 *        |                                                 (band index + exact-content index)
 *        +-> await-band-answers -> duplicate-decision <- [band-answers, by source] ---+
 * </pre>
 * The article waits in the pending store on its own partition, the one its source's articles arrive on,
 * while small probe records visit the tasks that own its band values and its content hash (one record
 * per owning partition, {@link BandRouting}); the answers come back keyed by the source, so the default
 * partitioner brings them to the same partition. An exact check on a repartition by
 * content hash of its own would add one more transactional hop, with the whole article on it.
 */
final class DuplicateStage {
    static final String BAND_STORE = "band-index";
    static final String BAND_ARTICLES_STORE = "band-index-articles";
    static final String EXACT_STORE = "exact-content-index";
    static final String PENDING_STORE = "pending-articles";
    static final String PROGRESS_STORE = "pending-decisions";
    static final String DECIDED_STORE = "decided-articles";
    static final String BAND_PROBES = "band-probes";
    static final String BAND_ANSWERS = "band-answers";
    /** The by-source task's view of the input tasks' watermarks ({@link WatermarkRelay}). */
    static final String RELAY_STORE = "by-source-watermarks";
    /** Probes waiting for every upstream watermark to pass them ({@link ProbeOrderProcessor}). */
    static final String PROBE_BUFFER_STORE = "band-probes-buffer";
    static final String PROBE_WATERMARKS_STORE = "band-probes-watermarks";
    private static final long[] NO_BANDS = new long[0];

    /** An article with the probe records for its content hash and bands, one per owning partition. */
    private record Probed(Article article, boolean comparable, List<BandProbes> probes) {
    }

    private DuplicateStage() {
    }

    /**
     * @param articles   cleaned articles keyed by source, on the partitions of {@code articles-by-source}
     * @param watermarks the input tasks' watermarks read from the same partitions (null without event-time order)
     */
    static KStream<String, Article> build(StreamsBuilder builder, KStream<String, Article> articles,
                                          KStream<String, Article> watermarks, TopologySettings s, DedupMetrics metrics) {
        NearDuplicateSettings near = s.near();
        ArticleSketcher sketcher = near.enabled() ? new ArticleSketcher(near.sketch()) : null;
        BandRouting routing = new BandRouting(s.internalPartitions());
        KStream<String, Probed> probed = articles.mapValues((source, a) -> probed(source, a, sketcher, near, routing),
                Named.as("sketch-article"));
        List<StoreBuilder<?>> index = indexStores(near.enabled(), near.retention(), s.exactRetention());
        index.forEach(builder::addStateStore);
        addPendingStores(builder, s);
        if (watermarks != null) {
            addOrderStores(builder);
        }
        // replies between pending articles loop back into this stage: a topic we read and write ourselves
        KStream<String, DecisionReply> replies = builder.stream(s.repliesTopic(),
                Consumed.with(Serdes.String(), new SmileSerde<>(DecisionReply.class)).withName("decision-replies"));

        String[] indexStores = index.stream().map(StoreBuilder::name).toArray(String[]::new);
        KStream<String, BandProbes> probes = probed.flatMapValues(Probed::probes, Named.as("fan-out-bands"));
        if (watermarks != null) {
            probes = probes.merge(watermarks.process(() -> new WatermarkRelay(RELAY_STORE, s.order()),
                    Named.as("relay-watermarks"), RELAY_STORE), Named.as("probes-and-watermarks"));
        }
        KStream<String, BandProbes> atIndex = probes
                .repartition(Repartitioned.with(Serdes.String(), new SmileSerde<>(BandProbes.class))
                        .withName(BAND_PROBES).withNumberOfPartitions(s.internalPartitions())
                        .withStreamPartitioner(routing.partitioner()));
        if (watermarks != null) {
            atIndex = atIndex.process(() -> new ProbeOrderProcessor(PROBE_BUFFER_STORE, PROBE_WATERMARKS_STORE, s.order(),
                    s.internalPartitions(), metrics), Named.as("order-probes"), PROBE_BUFFER_STORE, PROBE_WATERMARKS_STORE);
        }
        KStream<String, BandAnswer> answers = atIndex
                .process(() -> new DuplicateIndexProcessor(EXACT_STORE, s.exactRetention(),
                        near.enabled() ? BAND_STORE : null, near.enabled() ? BAND_ARTICLES_STORE : null,
                        near.retention(), near.threshold()), Named.as("duplicate-index-lookup"), indexStores)
                .repartition(Repartitioned.with(Serdes.String(), new SmileSerde<>(BandAnswer.class))
                        .withName(BAND_ANSWERS).withNumberOfPartitions(s.internalPartitions()));

        Map<String, KStream<String, PendingOutput>> outputs = probed
                .mapValues(v -> PendingEvent.article(v.article(), v.probes().size(), v.comparable()),
                        Named.as("await-band-answers"))
                .merge(answers.mapValues(PendingEvent::answer, Named.as("band-answer-event")), Named.as("merge-band-answers"))
                .merge(replies.mapValues(PendingEvent::reply, Named.as("reply-event")), Named.as("merge-replies"))
                .process(() -> new DuplicateDecisionProcessor(PENDING_STORE, PROGRESS_STORE, DECIDED_STORE, near.grace(),
                        near.timeout(), metrics), Named.as("duplicate-decision"),
                        PENDING_STORE, PROGRESS_STORE, DECIDED_STORE)
                .split(Named.as("pending-"))
                .branch((k, o) -> o.reply() != null, Branched.as("reply"))
                .defaultBranch(Branched.as("decided"));
        outputs.get("pending-reply").mapValues(PendingOutput::reply, Named.as("reply"))
                .to(s.repliesTopic(), Produced.with(Serdes.String(), new SmileSerde<>(DecisionReply.class))
                        .withName("decision-replies-sink"));
        return outputs.get("pending-decided").mapValues(PendingOutput::decided, Named.as("decided-article"));
    }

    private static void addPendingStores(StreamsBuilder builder, TopologySettings s) {
        NearDuplicateSettings near = s.near();
        // the waiting article is written once, its small progress record once per answer; both cached: an
        // article is written and deleted within a few commit intervals, so most writes never reach RocksDB
        // or the changelog
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_STORE),
                Serdes.String(), new SmileSerde<>(Article.class)).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PROGRESS_STORE),
                Serdes.String(), new SmileSerde<>(PendingDecision.class)).withCachingEnabled());
        builder.addStateStore(Stores.windowStoreBuilder(
                EmptySafeWindowStore.supplier(Stores.persistentWindowStore(DECIDED_STORE, near.decisionMemory(),
                        Duration.ofMillis(1), false)),
                Serdes.String(), new SmileSerde<>(DecidedArticle.class)));
    }

    /** Small and short-lived: watermarks (one per upstream task) and the probes waiting for them, cached. */
    private static void addOrderStores(StreamsBuilder builder) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(RELAY_STORE),
                Serdes.Integer(), new SmileSerde<>(Watermark.class)).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PROBE_WATERMARKS_STORE),
                Serdes.Integer(), new SmileSerde<>(Watermark.class)).withCachingEnabled());
        // in memory (and changelogged): every probe is written and deleted again within moments, churn that in
        // RocksDB fills memtables and keeps the flush thread busy enough to stall every store's writes
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(PROBE_BUFFER_STORE),
                Serdes.Bytes(), new SmileSerde<>(BandProbes.class)).withCachingEnabled());
    }

    /** The index task's stores: the exact-content index, and the band index unless the near stage is off. */
    static List<StoreBuilder<?>> indexStores(boolean nearEnabled, Duration nearRetention, Duration exactRetention) {
        TimeBuckets exact = TimeBuckets.forRetention(exactRetention);
        List<StoreBuilder<?>> stores = new ArrayList<>();
        stores.add(Stores.windowStoreBuilder(bucketed(EXACT_STORE, exact), Serdes.String(),
                new SmileSerde<>(ContentOwner.class)));
        if (nearEnabled) {
            TimeBuckets near = TimeBuckets.forRetention(nearRetention);
            stores.add(Stores.windowStoreBuilder(bucketed(BAND_STORE, near), Serdes.Bytes(), new ArticleRefsSerde()));
            stores.add(Stores.windowStoreBuilder(bucketed(BAND_ARTICLES_STORE, near), Serdes.Long(), new BandEntrySerde()));
        }
        return stores;
    }

    /** A store read with point lookups under (key, bucket start): one value per key and bucket. */
    private static WindowBytesStoreSupplier bucketed(String name, TimeBuckets buckets) {
        return EmptySafeWindowStore.supplier(
                Stores.persistentWindowStore(name, buckets.storeRetention(), Duration.ofMillis(1), false));
    }

    /** Too short to compare (or the near stage off): only the exact check, and no grace to wait. */
    private static Probed probed(String source, Article a, ArticleSketcher sketcher, NearDuplicateSettings near,
                                 BandRouting routing) {
        String pendingKey = DuplicateCheckRecords.pendingKey(a.contentHash(), a.id());
        ArticleSketch sketch = sketcher == null ? null : sketcher.sketch(a.paragraphs());
        boolean comparable = sketch != null && sketch.shingleCount() >= near.minShingles();
        List<BandProbes> probes = comparable
                ? routing.probes(source, pendingKey, a.id(), a.eventTime(), sketch.bandHashes(), sketch.compact(),
                a.contentHash())
                : routing.probes(source, pendingKey, a.id(), a.eventTime(), NO_BANDS, null, a.contentHash());
        return new Probed(a, comparable, probes);
    }
}
