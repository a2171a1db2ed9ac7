package io.articlededup.topology;

import io.articlededup.topology.DuplicateCheckRecords.BandProbes;
import org.apache.kafka.common.utils.Bytes;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BandRoutingTest {
    private static final byte[] SKETCH = {1, 2, 3};

    @Test
    void everyBandGoesExactlyOnceToThePartitionThatOwnsIt() {
        Random random = new Random(3);
        BandRouting routing = new BandRouting(6);
        for (int article = 0; article < 200; article++) {
            long[] hashes = random.longs(20).toArray();
            String contentHash = "content-" + article;
            List<BandProbes> probes = routing.probes("site", "key", "id", 1L, hashes, SKETCH, contentHash);

            Set<Integer> seenBands = new HashSet<>();
            Set<Integer> seenPartitions = new HashSet<>();
            int exactChecks = 0;
            for (BandProbes p : probes) {
                int partition = routing.partitioner().partitions("t", "site", p, 6).orElseThrow().iterator().next();
                assertThat(seenPartitions.add(partition)).as("one record per partition").isTrue();
                if (p.contentHash() != null) {
                    exactChecks++;
                    assertThat(p.contentHash()).isEqualTo(contentHash);
                    assertThat(BandRouting.partitionOf(contentHash, 6)).isEqualTo(partition);
                }
                for (int i = 0; i < p.bands().length; i++) {
                    assertThat(p.bandHashes()[i]).isEqualTo(hashes[p.bands()[i]]);
                    assertThat(BandRouting.partitionOf(p.bands()[i], p.bandHashes()[i], 6)).isEqualTo(partition);
                    assertThat(seenBands.add(p.bands()[i])).isTrue();
                }
            }
            assertThat(seenBands).hasSize(20);
            assertThat(exactChecks).as("the exact check rides on exactly one record").isEqualTo(1);
        }
    }

    @Test
    void anArticleWithoutBandsSendsOnlyTheExactCheckToTheHashOwner() {
        BandRouting routing = new BandRouting(6);
        for (int article = 0; article < 50; article++) {
            String contentHash = "short-" + article;
            List<BandProbes> probes = routing.probes("site", "key", "id", 1L, new long[0], null, contentHash);
            assertThat(probes).hasSize(1);
            assertThat(probes.get(0).bands()).isEmpty();
            assertThat(probes.get(0).contentHash()).isEqualTo(contentHash);
            assertThat(routing.partitioner().partitions("t", "site", probes.get(0), 6))
                    .contains(Set.of(BandRouting.partitionOf(contentHash, 6)));
        }
    }

    @Test
    void bandValuesSpreadEvenlyOverPartitions() {
        Random random = new Random(5);
        int[] perPartition = new int[6];
        for (int i = 0; i < 60_000; i++) {
            perPartition[BandRouting.partitionOf(i % 20, random.nextLong(), 6)]++;
        }
        assertThat(Arrays.stream(perPartition).min().orElseThrow()).isGreaterThan(9_500);
        assertThat(Arrays.stream(perPartition).max().orElseThrow()).isLessThan(10_500);
    }

    @Test
    void theSameHashInTwoBandsMayLiveInDifferentPartitions() {
        Set<Integer> partitions = new HashSet<>();
        for (int band = 0; band < 20; band++) {
            partitions.add(BandRouting.partitionOf(band, 42L, 6));
        }
        assertThat(partitions.size()).isGreaterThan(1);
    }

    @Test
    void aTopicWithAnotherPartitionCountIsRefusedUnlessItHasOne() {
        BandRouting routing = new BandRouting(6);
        BandProbes p = routing.probes("site", "key", "id", 1L, new long[] {7, 8}, SKETCH, "c").get(0);
        assertThat(routing.partitioner().partitions("t", "k", p, 1)).contains(Set.of(0));
        assertThatThrownBy(() -> routing.partitioner().partitions("t", "k", p, 4))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dedup.topics.internal.partitions");
    }

    @Test
    void storeKeysAreTenBytesAndTellBandValuesApart() {
        Set<Bytes> keys = new HashSet<>();
        Random random = new Random(9);
        for (int band = 0; band < 20; band++) {
            for (long hash : new long[] {0, -1, 1L << 63, 42, random.nextLong(), random.nextLong()}) {
                Bytes key = BandRouting.storeKey(band, hash);
                assertThat(key.get()).hasSize(10);
                assertThat(keys.add(key)).as("band %d hash %d", band, hash).isTrue();
            }
        }
    }
}
