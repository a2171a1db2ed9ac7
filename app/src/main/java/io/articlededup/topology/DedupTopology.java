package io.articlededup.topology;

import io.articlededup.ingest.ArticleParser;
import io.articlededup.metrics.DedupMetrics;
import io.articlededup.model.Article;
import io.articlededup.model.OutputDocuments;
import io.articlededup.text.ParagraphCleaner;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

import java.util.List;
import java.util.Map;

/**
 * Builds the whole article-dedup topology from {@link TopologySettings}. Every processor, store and
 * internal topic is named, so {@code Topology#describe()} reads like the flow drawn in docs/topology.md:
 * <pre>
 * articles.raw -> parse-and-clean -+-> articles.dlq
 *   -> [articles-by-source] boilerplate-filter
 *   -> duplicate stage (probes to the band and exact-content index, pending decision): exact, near, unique
 *   -> record-outcome -> articles.clean | articles.duplicates
 *                     -> [article-decisions] remember-decision (by id, for GET /articles/{id})
 * </pre>
 */
public final class DedupTopology {
    public static final String BOILERPLATE_STORE = "boilerplate-paragraphs";
    public static final String BOILERPLATE_TIME_INDEX = "boilerplate-paragraphs-by-time";
    /** The start of each furniture paragraph's text ({@link BoilerplateExcerpt}), keyed like the sightings. */
    public static final String BOILERPLATE_EXCERPTS = "boilerplate-excerpts";
    /** Each published decision by article id ({@link ArticleDecisionStage}), for {@code GET /articles/{id}}. */
    public static final String ARTICLE_DECISIONS_STORE = "article-decisions";
    public static final String ARTICLES_BY_SOURCE = "articles-by-source";
    /** Every state store of the topology, for metrics and operations. */
    public static final List<String> STORES = List.of(BOILERPLATE_STORE, BOILERPLATE_TIME_INDEX,
            DuplicateStage.EXACT_STORE, DuplicateStage.BAND_STORE, DuplicateStage.BAND_ARTICLES_STORE, DuplicateStage.PENDING_STORE,
            DuplicateStage.PROGRESS_STORE, DuplicateStage.DECIDED_STORE, BOILERPLATE_EXCERPTS, ARTICLE_DECISIONS_STORE,
            DuplicateStage.RELAY_STORE, DuplicateStage.PROBE_BUFFER_STORE, DuplicateStage.PROBE_WATERMARKS_STORE);

    private DedupTopology() {
    }

    public static Topology build(TopologySettings s, DedupMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder();
        Serde<Article> articleSerde = new SmileSerde<>(Article.class);
        ArticleParser parser = new ArticleParser(s.limits(), new ParagraphCleaner(s.cleaner()));

        Map<String, KStream<byte[], ParseResult>> parsed = builder
                .stream(s.inputTopic(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("raw-articles"))
                .processValues(() -> new ParseArticleProcessor(parser, s.limits(), metrics),
                        Named.as("parse-and-clean"))
                .split(Named.as("parse-"))
                .branch((k, v) -> v.isValid(), Branched.as("valid"))
                .defaultBranch(Branched.as("dead-letter"));

        parsed.get("parse-dead-letter")
                .map((key, r) -> KeyValue.pair(r.deadLetterKey(), r.deadLetterValue()), Named.as("original-bytes"))
                .to(s.deadLetterTopic(), Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("dead-letter-sink"));

        // one site's articles meet in one task (boilerplate), and the duplicate stage's answers come back
        // to it by the same key
        KStream<String, Article> bySource = parsed.get("parse-valid").mapValues(ParseResult::article, Named.as("article"))
                .selectKey((k, a) -> a.source(), Named.as("key-by-source"));
        Repartitioned<String, Article> toBySource = Repartitioned.with(Serdes.String(), articleSerde)
                .withName(ARTICLES_BY_SOURCE).withNumberOfPartitions(s.internalPartitions());
        KStream<String, Article> articles;
        KStream<String, Article> watermarks = null;
        if (s.order().enabled()) {
            // the input tasks' watermarks travel beside the articles, to every partition (Watermark)
            Map<String, KStream<String, Article>> byKind = bySource
                    .process(() -> new InputWatermarkProcessor(s.order()), Named.as("input-watermarks"))
                    .repartition(toBySource.withStreamPartitioner(Watermark.multicast()))
                    .split(Named.as("by-source-"))
                    .branch((k, a) -> a == null, Branched.as("watermark"))
                    .defaultBranch(Branched.as("article"));
            articles = byKind.get("by-source-article");
            watermarks = byKind.get("by-source-watermark");
        } else {
            articles = bySource.repartition(toBySource);
        }
        if (s.boilerplate().enabled()) {
            builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BOILERPLATE_STORE),
                    Serdes.Bytes(), new ParagraphSightingsSerde()));
            builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BOILERPLATE_TIME_INDEX),
                    Serdes.Bytes(), Serdes.ByteArray()));
            builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BOILERPLATE_EXCERPTS),
                    Serdes.Bytes(), new SmileSerde<>(BoilerplateExcerpt.class)));
            articles = articles.processValues(() -> new BoilerplateFilterProcessor(BOILERPLATE_STORE,
                            BOILERPLATE_TIME_INDEX, BOILERPLATE_EXCERPTS, s.boilerplate().minArticles(),
                            s.boilerplate().retention()),
                    Named.as("boilerplate-filter"), BOILERPLATE_STORE, BOILERPLATE_TIME_INDEX, BOILERPLATE_EXCERPTS);
        }

        KStream<String, Article> decided = DuplicateStage.build(builder, articles, watermarks, s, metrics)
                .selectKey((hash, a) -> a.id(), Named.as("key-by-article-id"))
                .processValues(() -> new RecordOutcomeProcessor(metrics), Named.as("record-outcome"));

        publish(decided, s);
        ArticleDecisionStage.build(builder, decided, s);
        return builder.build();
    }

    private static void publish(KStream<String, Article> decided, TopologySettings s) {
        decided.split(Named.as("route-"))
                .branch((id, a) -> s.duplicateMode() == TopologySettings.DuplicateMode.ROUTE
                                && a.verdict().status().isDuplicate(),
                        Branched.withConsumer(dups -> dups
                                .mapValues(a -> OutputDocuments.toBytes(a, System.currentTimeMillis()),
                                        Named.as("duplicate-json"))
                                .to(s.duplicatesTopic(), Produced.with(Serdes.String(), Serdes.ByteArray())
                                        .withName("duplicates-sink")), "duplicates"))
                .defaultBranch(Branched.withConsumer(clean -> clean
                        .mapValues(a -> OutputDocuments.toBytes(a, System.currentTimeMillis()), Named.as("clean-json"))
                        .to(s.cleanTopic(), Produced.with(Serdes.String(), Serdes.ByteArray()).withName("clean-sink")),
                        "clean"));
    }
}
