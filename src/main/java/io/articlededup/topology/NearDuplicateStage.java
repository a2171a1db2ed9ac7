package io.articlededup.topology;

import io.articlededup.metrics.DedupMetrics;
import io.articlededup.model.Article;
import io.articlededup.model.Verdict;
import io.articlededup.sketch.ArticleSketch;
import io.articlededup.sketch.ArticleSketcher;
import io.articlededup.topology.NearDuplicateRecords.BandAnswer;
import io.articlededup.topology.NearDuplicateRecords.BandEntry;
import io.articlededup.topology.NearDuplicateRecords.BandProbe;
import io.articlededup.topology.NearDuplicateRecords.DecidedArticle;
import io.articlededup.topology.NearDuplicateRecords.DecisionReply;
import io.articlededup.topology.NearDuplicateRecords.PendingArticle;
import io.articlededup.topology.NearDuplicateRecords.PendingEvent;
import io.articlededup.topology.NearDuplicateRecords.PendingOutput;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The near-duplicate stage of the design, "Topology and scale":
 * <pre>
 * article (by content hash) -> sketch-article -> fan-out-bands -> [band-probes, by band] -> band-index
 *        |                                                                                    |
 *        +-> await-band-answers -> near-duplicate-decision <- [band-answers, by content hash] +
 * </pre>
 * The article waits in the pending store on its own partition while one small record per band visits
 * the task that owns that band value; the answers come back to the same partition.
 */
final class NearDuplicateStage {
    static final String BAND_STORE = "band-index";
    static final String PENDING_STORE = "pending-articles";
    static final String DECIDED_STORE = "decided-articles";
    static final String BAND_PROBES = "band-probes";
    static final String BAND_ANSWERS = "band-answers";

    private record Sketched(Article article, ArticleSketch sketch) {
    }

    private NearDuplicateStage() {
    }

    /** @param candidates articles that are not exact duplicates, keyed by content hash */
    static KStream<String, Article> build(StreamsBuilder builder, KStream<String, Article> candidates,
                                          TopologySettings s, DedupMetrics metrics) {
        NearDuplicateSettings near = s.near();
        ArticleSketcher sketcher = new ArticleSketcher(near.sketch());
        int bands = near.sketch().bands();

        Map<String, KStream<String, Sketched>> routes = candidates
                .mapValues(a -> new Sketched(a, sketcher.sketch(a.paragraphs())), Named.as("sketch-article"))
                .split(Named.as("sketch-"))
                .branch((k, v) -> v.sketch().shingleCount() < near.minShingles(), Branched.as("too-short"))
                .defaultBranch(Branched.as("comparable"));
        KStream<String, Article> tooShort = routes.get("sketch-too-short")
                .mapValues(v -> v.article().withVerdict(Verdict.unique()), Named.as("too-short-is-unique"));
        KStream<String, Sketched> sketched = routes.get("sketch-comparable");

        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(BAND_STORE, near.retention(), java.time.Duration.ofMillis(1), true),
                Serdes.String(), new JsonSerde<>(BandEntry.class)));
        // cached: an article is written and deleted within a few commit intervals, so most of its writes
        // never reach RocksDB or the changelog
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_STORE),
                Serdes.String(), new JsonSerde<>(PendingArticle.class)).withCachingEnabled());
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(DECIDED_STORE, near.decisionMemory(), java.time.Duration.ofMillis(1), false),
                Serdes.String(), new JsonSerde<>(DecidedArticle.class)));
        // replies between pending articles loop back into this stage: a topic we read and write ourselves
        KStream<String, DecisionReply> replies = builder.stream(s.repliesTopic(),
                Consumed.with(Serdes.String(), new JsonSerde<>(DecisionReply.class)).withName("decision-replies"));

        KStream<String, BandAnswer> answers = sketched
                .flatMap((hash, v) -> probes(hash, v), Named.as("fan-out-bands"))
                .repartition(Repartitioned.with(Serdes.String(), new JsonSerde<>(BandProbe.class))
                        .withName(BAND_PROBES).withNumberOfPartitions(s.internalPartitions()))
                .process(() -> new BandIndexProcessor(BAND_STORE, near.retention(), near.threshold()),
                        Named.as("band-index-lookup"), BAND_STORE)
                .repartition(Repartitioned.with(Serdes.String(), new JsonSerde<>(BandAnswer.class))
                        .withName(BAND_ANSWERS).withNumberOfPartitions(s.internalPartitions()));

        Map<String, KStream<String, PendingOutput>> outputs = sketched
                .mapValues(v -> PendingEvent.article(v.article(), bands), Named.as("await-band-answers"))
                .merge(answers.mapValues(PendingEvent::answer, Named.as("band-answer-event")), Named.as("merge-band-answers"))
                .merge(replies.mapValues(PendingEvent::reply, Named.as("reply-event")), Named.as("merge-replies"))
                .process(() -> new PendingDecisionProcessor(PENDING_STORE, DECIDED_STORE, near.grace(), near.timeout(),
                        metrics), Named.as("near-duplicate-decision"), PENDING_STORE, DECIDED_STORE)
                .split(Named.as("pending-"))
                .branch((k, o) -> o.reply() != null, Branched.as("reply"))
                .defaultBranch(Branched.as("decided"));
        outputs.get("pending-reply").mapValues(PendingOutput::reply, Named.as("reply"))
                .to(s.repliesTopic(), Produced.with(Serdes.String(), new JsonSerde<>(DecisionReply.class))
                        .withName("decision-replies-sink"));
        return outputs.get("pending-decided").mapValues(PendingOutput::decided, Named.as("decided-article"))
                .merge(tooShort, Named.as("merge-too-short"));
    }

    private static List<KeyValue<String, BandProbe>> probes(String pendingKey, Sketched v) {
        long[] bandHashes = v.sketch().bandHashes();
        byte[] compact = v.sketch().compact();
        List<KeyValue<String, BandProbe>> out = new ArrayList<>(bandHashes.length);
        for (int band = 0; band < bandHashes.length; band++) {
            out.add(KeyValue.pair(band + ":" + Long.toHexString(bandHashes[band]),
                    new BandProbe(pendingKey, v.article().id(), v.article().eventTime(), band, compact)));
        }
        return out;
    }
}
