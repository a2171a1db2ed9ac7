package io.articlededup.topology;

import io.articlededup.metrics.DedupMetrics;
import io.articlededup.model.Article;
import io.articlededup.model.Verdict;
import io.articlededup.sketch.ArticleSketch;
import io.articlededup.sketch.ArticleSketcher;
import io.articlededup.topology.NearDuplicateRecords.BandAnswer;
import io.articlededup.topology.NearDuplicateRecords.BandEntry;
import io.articlededup.topology.NearDuplicateRecords.BandProbes;
import io.articlededup.topology.NearDuplicateRecords.DecidedArticle;
import io.articlededup.topology.NearDuplicateRecords.DecisionReply;
import io.articlededup.topology.NearDuplicateRecords.PendingDecision;
import io.articlededup.topology.NearDuplicateRecords.PendingEvent;
import io.articlededup.topology.NearDuplicateRecords.PendingOutput;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

import java.util.List;
import java.util.Map;

/**
 * The near-duplicate stage of the design, "Topology and scale":
 * <pre>
 * article (by content hash) -> sketch-article -> fan-out-bands -> [band-probes, by band] -> band-index
 *        |                                                                                    |
 *        +-> await-band-answers -> near-duplicate-decision <- [band-answers, by content hash] +
 * </pre>
 * The article waits in the pending store on its own partition while small probe records visit the
 * tasks that own its band values (one record per owning partition, {@link BandRouting}); the answers
 * come back to the same partition.
 */
final class NearDuplicateStage {
    static final String BAND_STORE = "band-index";
    static final String PENDING_STORE = "pending-articles";
    static final String PROGRESS_STORE = "pending-decisions";
    static final String DECIDED_STORE = "decided-articles";
    static final String BAND_PROBES = "band-probes";
    static final String BAND_ANSWERS = "band-answers";

    /** An article with its sketch and the probe records for its bands, one per band-index partition. */
    private record Sketched(Article article, ArticleSketch sketch, List<BandProbes> probes) {
    }

    private NearDuplicateStage() {
    }

    /** @param candidates articles that are not exact duplicates, keyed by content hash */
    static KStream<String, Article> build(StreamsBuilder builder, KStream<String, Article> candidates,
                                          TopologySettings s, DedupMetrics metrics) {
        NearDuplicateSettings near = s.near();
        ArticleSketcher sketcher = new ArticleSketcher(near.sketch());
        BandRouting routing = new BandRouting(s.internalPartitions());

        Map<String, KStream<String, Sketched>> routes = candidates
                .mapValues((hash, a) -> sketched(hash, a, sketcher.sketch(a.paragraphs()), routing),
                        Named.as("sketch-article"))
                .split(Named.as("sketch-"))
                .branch((k, v) -> v.sketch().shingleCount() < near.minShingles(), Branched.as("too-short"))
                .defaultBranch(Branched.as("comparable"));
        KStream<String, Article> tooShort = routes.get("sketch-too-short")
                .mapValues(v -> v.article().withVerdict(Verdict.unique()), Named.as("too-short-is-unique"));
        KStream<String, Sketched> sketched = routes.get("sketch-comparable");

        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(BAND_STORE, near.retention(), java.time.Duration.ofMillis(1), true),
                Serdes.String(), new JsonSerde<>(BandEntry.class)));
        // the waiting article is written once, its small progress record once per answer; both cached: an
        // article is written and deleted within a few commit intervals, so most writes never reach RocksDB
        // or the changelog
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_STORE),
                Serdes.String(), new JsonSerde<>(Article.class)).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PROGRESS_STORE),
                Serdes.String(), new JsonSerde<>(PendingDecision.class)).withCachingEnabled());
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(DECIDED_STORE, near.decisionMemory(), java.time.Duration.ofMillis(1), false),
                Serdes.String(), new JsonSerde<>(DecidedArticle.class)));
        // replies between pending articles loop back into this stage: a topic we read and write ourselves
        KStream<String, DecisionReply> replies = builder.stream(s.repliesTopic(),
                Consumed.with(Serdes.String(), new JsonSerde<>(DecisionReply.class)).withName("decision-replies"));

        KStream<String, BandAnswer> answers = sketched
                .flatMapValues(Sketched::probes, Named.as("fan-out-bands"))
                .repartition(Repartitioned.with(Serdes.String(), new JsonSerde<>(BandProbes.class))
                        .withName(BAND_PROBES).withNumberOfPartitions(s.internalPartitions())
                        .withStreamPartitioner(routing.partitioner()))
                .process(() -> new BandIndexProcessor(BAND_STORE, near.retention(), near.threshold()),
                        Named.as("band-index-lookup"), BAND_STORE)
                .repartition(Repartitioned.with(Serdes.String(), new JsonSerde<>(BandAnswer.class))
                        .withName(BAND_ANSWERS).withNumberOfPartitions(s.internalPartitions()));

        Map<String, KStream<String, PendingOutput>> outputs = sketched
                .mapValues(v -> PendingEvent.article(v.article(), v.probes().size()), Named.as("await-band-answers"))
                .merge(answers.mapValues(PendingEvent::answer, Named.as("band-answer-event")), Named.as("merge-band-answers"))
                .merge(replies.mapValues(PendingEvent::reply, Named.as("reply-event")), Named.as("merge-replies"))
                .process(() -> new PendingDecisionProcessor(PENDING_STORE, PROGRESS_STORE, DECIDED_STORE, near.grace(),
                        near.timeout(), metrics), Named.as("near-duplicate-decision"),
                        PENDING_STORE, PROGRESS_STORE, DECIDED_STORE)
                .split(Named.as("pending-"))
                .branch((k, o) -> o.reply() != null, Branched.as("reply"))
                .defaultBranch(Branched.as("decided"));
        outputs.get("pending-reply").mapValues(PendingOutput::reply, Named.as("reply"))
                .to(s.repliesTopic(), Produced.with(Serdes.String(), new JsonSerde<>(DecisionReply.class))
                        .withName("decision-replies-sink"));
        return outputs.get("pending-decided").mapValues(PendingOutput::decided, Named.as("decided-article"))
                .merge(tooShort, Named.as("merge-too-short"));
    }

    private static Sketched sketched(String pendingKey, Article a, ArticleSketch sketch, BandRouting routing) {
        return new Sketched(a, sketch,
                routing.probes(pendingKey, a.id(), a.eventTime(), sketch.bandHashes(), sketch.compact()));
    }
}
