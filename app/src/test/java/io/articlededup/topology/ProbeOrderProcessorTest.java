package io.articlededup.topology;

import io.articlededup.metrics.DedupMetrics;
import io.articlededup.topology.DuplicateCheckRecords.BandProbes;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ProbeOrderProcessor} on its own: the order it releases in, and its bound on what waits. */
class ProbeOrderProcessorTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MockProcessorContext<String, BandProbes> context = new MockProcessorContext<>();
    private final KeyValueStore<Bytes, BandProbes> buffer = Stores.keyValueStoreBuilder(
            Stores.inMemoryKeyValueStore(DuplicateStage.PROBE_BUFFER_STORE), Serdes.Bytes(),
            new SmileSerde<>(BandProbes.class)).withLoggingDisabled().build();
    private final KeyValueStore<Integer, Watermark> watermarks = Stores.keyValueStoreBuilder(
            Stores.inMemoryKeyValueStore(DuplicateStage.PROBE_WATERMARKS_STORE), Serdes.Integer(),
            new SmileSerde<>(Watermark.class)).withLoggingDisabled().build();
    private long offset;

    private ProbeOrderProcessor start(int maxBuffered) {
        buffer.init(context.getStateStoreContext(), buffer);
        watermarks.init(context.getStateStoreContext(), watermarks);
        context.addStateStore(buffer);
        context.addStateStore(watermarks);
        ProbeOrderProcessor p = new ProbeOrderProcessor(DuplicateStage.PROBE_BUFFER_STORE,
                DuplicateStage.PROBE_WATERMARKS_STORE, OrderSettings.defaults(), 1, new DedupMetrics(registry, 5),
                maxBuffered);
        context.setCurrentSystemTimeMs(0);
        p.init(context);
        return p;
    }

    private void probe(ProbeOrderProcessor p, String id, long eventTime) {
        context.setRecordMetadata("band-probes", 0, offset++);
        BandProbes probes = new BandProbes("r", id, id, eventTime, new int[0], new long[0], new byte[0], "h-" + id);
        p.process(new Record<>("r", probes, eventTime));
    }

    private List<String> sent() {
        return context.forwarded().stream().map(f -> f.record().value().articleId()).toList();
    }

    private double late() {
        var counter = registry.find("dedup_late_probes").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void probesWaitUntilTheWatermarkPassesThemAndGoOldestFirst() {
        ProbeOrderProcessor p = start(ProbeOrderProcessor.MAX_BUFFERED);
        probe(p, "c", 3_000);
        probe(p, "a", 1_000);
        probe(p, "b", 2_000);
        assertThat(sent()).as("no upstream watermark yet").isEmpty();

        context.setCurrentSystemTimeMs(OrderSettings.defaults().idle().toMillis() + 1);
        p.process(new Record<>(new Watermark(0, 2_500, false).key(), null, 0));
        assertThat(sent()).containsExactly("a", "b");
        assertThat(buffer.approximateNumEntries()).isEqualTo(1);
    }

    @Test
    void pastItsBoundTheBufferLetsTheOldestGoAndWhatIsOlderThanThemIsLate() {
        ProbeOrderProcessor p = start(4);
        for (int i = 0; i < 4; i++) {
            probe(p, "p" + i, 10_000 + i * 1_000);
        }
        assertThat(sent()).isEmpty();
        probe(p, "p4", 14_000);
        assertThat(sent()).as("five waiting, four allowed: they all go, the oldest first")
                .containsExactly("p0", "p1", "p2", "p3", "p4");
        assertThat(buffer.approximateNumEntries()).isZero();
        assertThat(late()).isZero();

        probe(p, "older", 12_000);
        assertThat(sent()).last().isEqualTo("older");
        assertThat(late()).isEqualTo(1);
        probe(p, "newer", 20_000);
        assertThat(sent()).last().as("in order again: it waits").isEqualTo("older");
    }
}
