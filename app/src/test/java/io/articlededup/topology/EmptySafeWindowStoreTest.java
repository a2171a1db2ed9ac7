package io.articlededup.topology;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.internals.WithRetentionPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The offset an {@link EmptySafeWindowStore} reports, on a real RocksDB window store. */
class EmptySafeWindowStoreTest {
    static final TopicPartition CHANGELOG = new TopicPartition("app-store-changelog", 0);

    @TempDir
    Path stateDir;

    @Test
    void anEmptyStoreHasNothingToDistrustAndAStoreWithDataAnswersAsRocksDbDoes() {
        WindowStore<Bytes, byte[]> store = open();
        try {
            assertThat(store.committedOffset(CHANGELOG)).as("empty: restore from the start, no wipe")
                    .isEqualTo(EmptySafeWindowStore.OFFSET_UNKNOWN);

            store.put(Bytes.wrap("key".getBytes(StandardCharsets.UTF_8)), new byte[]{1}, 1_000L);
            assertThat(store.committedOffset(CHANGELOG)).as("written, never committed: Kafka Streams must distrust it")
                    .isNull();

            store.commit(Map.of(CHANGELOG, 41L));
            assertThat(store.committedOffset(CHANGELOG)).as("committed: the store's own offset").isEqualTo(41L);
        } finally {
            store.close();
        }
    }

    @Test
    void aCommittedOffsetSurvivesReopening() {
        WindowStore<Bytes, byte[]> store = open();
        store.put(Bytes.wrap("key".getBytes(StandardCharsets.UTF_8)), new byte[]{1}, 1_000L);
        store.commit(Map.of(CHANGELOG, 7L));
        store.close();

        WindowStore<Bytes, byte[]> reopened = open();
        try {
            assertThat(reopened.committedOffset(CHANGELOG)).isEqualTo(7L);
            assertThat(reopened.fetch(Bytes.wrap("key".getBytes(StandardCharsets.UTF_8)), 1_000L)).containsExactly(1);
        } finally {
            reopened.close();
        }
    }

    @Test
    void theRetentionPeriodReachesTheRestoreSoExpiredChangelogRecordsAreSkipped() {
        WindowStore<Bytes, byte[]> store = open();
        try {
            // what the changelog reader asks before a windowed restore (-1: "unknown", restore in full)
            assertThat(WithRetentionPeriod.resolveRetentionPeriod(store)).isEqualTo(Duration.ofDays(1).toMillis());
        } finally {
            store.close();
        }
    }

    private WindowStore<Bytes, byte[]> open() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "app");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>(props, new TaskId(0, 0), stateDir.toFile());
        WindowStore<Bytes, byte[]> store = EmptySafeWindowStore.supplier(
                Stores.persistentWindowStore("store", Duration.ofDays(1), Duration.ofMillis(1), false)).get();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
