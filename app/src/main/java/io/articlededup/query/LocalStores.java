package io.articlededup.query;

import io.articlededup.topology.ArticleDecision;
import io.articlededup.topology.BoilerplateExcerpt;
import io.articlededup.topology.DedupTopology;
import io.articlededup.topology.ParagraphSightings;
import io.articlededup.topology.SiteFurniture;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreType;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads this instance's stores, one partition's task at a time: the partition Kafka Streams named for the
 * key, so a lookup touches one RocksDB instance, not every task of the store. Throws Kafka Streams'
 * {@code InvalidStateStoreException} when that task is not (or no longer) here and running.
 */
final class LocalStores {
    /** Excerpts read at most per site and query: a site has tens of furniture entries, not thousands. */
    static final int MAX_SCANNED = 10_000;

    private final KafkaStreams streams;

    LocalStores(KafkaStreams streams) {
        this.streams = streams;
    }

    ArticleDecision decision(String id, int partition) {
        return ArticleDecision.readAll(store(DedupTopology.ARTICLE_DECISIONS_STORE,
                QueryableStoreTypes.<String, ArticleDecision>windowStore(), partition), id);
    }

    SiteFurniture.Listing furniture(String source, int partition, int threshold, int limit) {
        ReadOnlyKeyValueStore<Bytes, BoilerplateExcerpt> excerpts = store(DedupTopology.BOILERPLATE_EXCERPTS,
                QueryableStoreTypes.keyValueStore(), partition);
        ReadOnlyKeyValueStore<Bytes, ParagraphSightings> sightings = store(DedupTopology.BOILERPLATE_STORE,
                QueryableStoreTypes.keyValueStore(), partition);
        return SiteFurniture.read(excerpts, sightings, source, threshold, limit, MAX_SCANNED);
    }

    private <T> T store(String name, QueryableStoreType<T> type, int partition) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, type).withPartition(partition));
    }
}
