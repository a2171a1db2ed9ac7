package io.articlededup.topology;

import org.apache.kafka.common.utils.Bytes;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WatermarkTest {

    @Test
    void aWatermarkTravelsInItsKeyAndIsNeverMistakenForASource() {
        for (Watermark w : List.of(new Watermark(3, 1_767_225_600_000L, false), new Watermark(0, Long.MIN_VALUE, true),
                new Watermark(11, -5, false))) {
            assertThat(Watermark.isWatermark(w.key())).isTrue();
            assertThat(Watermark.fromKey(w.key())).isEqualTo(w);
        }
        assertThat(Watermark.isWatermark("wire.example")).isFalse();
        assertThat(Watermark.isWatermark("")).isFalse();
        assertThat(Watermark.isWatermark(null)).isFalse();
    }

    @Test
    void timeNeverGoesBackButIdlenessFollowsTheLatestReport() {
        Watermark w = new Watermark(2, 1000, true);
        assertThat(w.advancedBy(new Watermark(2, Long.MIN_VALUE, false))).isEqualTo(new Watermark(2, 1000, false));
        assertThat(w.advancedBy(new Watermark(2, 2000, true))).isEqualTo(new Watermark(2, 2000, true));
    }

    @Test
    void watermarksGoToEveryPartitionAndEverythingElseToTheDefaultPartitioner() {
        var p = Watermark.<String>multicast();
        assertThat(p.partitions("t", new Watermark(1, 5, false).key(), null, 4)).contains(Set.of(0, 1, 2, 3));
        assertThat(p.partitions("t", "wire.example", "an article", 4)).isEqualTo(Optional.empty());
        assertThat(new BandRouting(4).partitioner().partitions("t", new Watermark(1, 5, false).key(), null, 4))
                .contains(Set.of(0, 1, 2, 3));
    }

    @Test
    void theBufferKeysSortByEventTimeThenIdThenOffset() {
        List<Bytes> expected = List.of(ProbeOrderProcessor.key(-10, "z", 9), ProbeOrderProcessor.key(0, "b", 0),
                ProbeOrderProcessor.key(7, "a", 5), ProbeOrderProcessor.key(7, "ab", 1), ProbeOrderProcessor.key(7, "b", 0),
                ProbeOrderProcessor.key(7, "b", 3), ProbeOrderProcessor.key(8, "a", 0));
        List<Bytes> sorted = new ArrayList<>(expected);
        java.util.Collections.reverse(sorted);
        sorted.sort(null); // Bytes compares unsigned, byte by byte: RocksDB's order
        assertThat(sorted).containsExactlyElementsOf(expected);
    }
}
