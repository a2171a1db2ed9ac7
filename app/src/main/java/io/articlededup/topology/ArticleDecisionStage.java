package io.articlededup.topology;

import io.articlededup.model.Article;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Remembers every published decision under the article's id, for {@code GET /articles/{id}}:
 * <pre>
 * record-outcome -> decision-notes -> [article-decisions] -> remember-decision (store: article-decisions)
 * </pre>
 * The decision stage works on the source's partition, where an id cannot be found again; this small
 * record (the decision, never the text) is repartitioned by id, so that Kafka Streams' own metadata
 * ({@code KafkaStreams#queryMetadataForKey} with the id and a String serializer) names the instance that
 * holds it. A duplicate also sends a link to its canonical's id, so a canonical lists its duplicates.
 *
 * <p>The store keeps one value per (id, time bucket of the record's event time), like the index stores
 * ({@link TimeBuckets}), so a write is a point read and a point write, and retention is the window
 * store's: {@code dedup.decisions.retention}.
 */
final class ArticleDecisionStage {
    static final String TOPIC = "article-decisions";

    private ArticleDecisionStage() {
    }

    /** @param decided published articles keyed by id */
    static void build(StreamsBuilder builder, KStream<String, Article> decided, TopologySettings s) {
        TimeBuckets buckets = TimeBuckets.forRetention(s.decisionRetention());
        SmileSerde<ArticleDecision> serde = new SmileSerde<>(ArticleDecision.class);
        builder.addStateStore(Stores.windowStoreBuilder(
                EmptySafeWindowStore.supplier(Stores.persistentWindowStore(DedupTopology.ARTICLE_DECISIONS_STORE,
                        buckets.storeRetention(), Duration.ofMillis(1), false)),
                Serdes.String(), serde).withCachingEnabled());
        decided.flatMap((id, a) -> notes(id, a, System.currentTimeMillis()), Named.as("decision-notes"))
                .repartition(Repartitioned.with(Serdes.String(), serde).withName(TOPIC)
                        .withNumberOfPartitions(s.internalPartitions()))
                .process(() -> new Writer(buckets), Named.as("remember-decision"), DedupTopology.ARTICLE_DECISIONS_STORE);
    }

    /** The article's decision under its id and, for a duplicate of another article, a link under that one's. */
    static List<KeyValue<String, ArticleDecision>> notes(String id, Article a, long decidedAt) {
        List<KeyValue<String, ArticleDecision>> out = new ArrayList<>(2);
        out.add(KeyValue.pair(id, ArticleDecision.of(a, decidedAt)));
        String canonical = a.verdict() == null ? null : a.verdict().duplicateOf();
        if (canonical != null && !canonical.equals(id)) {
            out.add(KeyValue.pair(canonical, ArticleDecision.linkFrom(a)));
        }
        return out;
    }

    private static final class Writer implements Processor<String, ArticleDecision, Void, Void> {
        private final TimeBuckets buckets;
        private WindowStore<String, ArticleDecision> store;

        Writer(TimeBuckets buckets) {
            this.buckets = buckets;
        }

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            store = context.getStateStore(DedupTopology.ARTICLE_DECISIONS_STORE);
        }

        @Override
        public void process(Record<String, ArticleDecision> r) {
            long bucket = buckets.start(r.timestamp());
            ArticleDecision stored = store.fetch(r.key(), bucket);
            store.put(r.key(), stored == null ? r.value() : stored.merge(r.value(), r.key()), bucket);
        }
    }
}
