package io.articlededup.topology;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import io.articlededup.topology.DuplicateCheckRecords.BandProbes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.StreamPartitioner;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a band value lives: which partition of the band index owns {@code (band, band hash)}, and the
 * store key it has there.
 *
 * <p>A plain LSH fan-out sends one small record per band, keyed by the band value. With 20 bands that is 20
 * probe and 20 answer records per article, each a full trip through a transactional topic; but at most
 * {@code partitions} tasks own those bands. So an article's bands are grouped by owning partition and
 * travel as one {@link BandProbes} record per partition, placed by {@link #partitioner()}: 2 to 6 records
 * each way instead of 20, and every band value still lives in exactly one task.
 *
 * <p>The content hash is routed the same way, as one more key of the index: the record for the partition
 * that owns it also asks the exact check (a record of its own if no band lives there).
 */
final class BandRouting {
    private static final Hasher64 CONTENT_HASH = Hashing.komihash5_0();
    /** Mixed into the content hash's routing as the band number is into a band value's. */
    private static final int EXACT_BAND = -1;
    private final int partitions;

    BandRouting(int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1, got " + partitions);
        }
        this.partitions = partitions;
    }

    /**
     * The band-index store key of a band value: the band number in 2 bytes, then the hash's 8 bytes. The
     * index holds up to 20 keys per retained article, so every byte counts 20 times (text keys took 13-19).
     */
    static Bytes storeKey(int band, long bandHash) {
        return Bytes.wrap(ByteBuffer.allocate(2 + Long.BYTES).putShort((short) band).putLong(bandHash).array());
    }

    /** The partition of the band index that owns a band value, among {@code partitions}. */
    static int partitionOf(int band, long bandHash, int partitions) {
        // the band hash is already uniform; the band number is mixed in so equal hashes of two bands spread
        long mixed = (bandHash ^ (band * 0x9E3779B97F4A7C15L)) * 0xBF58476D1CE4E5B9L;
        return Math.floorMod((int) (mixed >>> 32), partitions);
    }

    /** The partition of the index that owns a content hash (the exact check), among {@code partitions}. */
    static int partitionOf(String contentHash, int partitions) {
        return partitionOf(EXACT_BAND, CONTENT_HASH.hashCharsToLong(contentHash), partitions);
    }

    /**
     * The article's bands grouped by owning partition, one probe record per partition that owns any, and
     * the exact check on the record of the partition that owns the content hash.
     *
     * @param bandHashes none (empty) when the article is not compared for near duplicates
     */
    List<BandProbes> probes(String route, String pendingKey, String articleId, long eventTime, long[] bandHashes,
                            byte[] sketch, String contentHash) {
        int[] count = new int[partitions];
        int[] owner = new int[bandHashes.length];
        for (int band = 0; band < bandHashes.length; band++) {
            owner[band] = partitionOf(band, bandHashes[band], partitions);
            count[owner[band]]++;
        }
        int exactOwner = partitionOf(contentHash, partitions);
        List<BandProbes> out = new ArrayList<>(Math.min(partitions, bandHashes.length + 1));
        for (int p = 0; p < partitions; p++) {
            if (count[p] == 0 && p != exactOwner) {
                continue;
            }
            int[] bands = new int[count[p]];
            long[] hashes = new long[count[p]];
            int i = 0;
            for (int band = 0; band < bandHashes.length; band++) {
                if (owner[band] == p) {
                    bands[i] = band;
                    hashes[i++] = bandHashes[band];
                }
            }
            out.add(new BandProbes(route, pendingKey, articleId, eventTime, bands, hashes, sketch,
                    p == exactOwner ? contentHash : null));
        }
        return out;
    }

    /**
     * Places a probe record on the partition that owns its bands. The topic's partition count is checked
     * against the one the records were grouped for: a mismatch would scatter band values across tasks
     * (one partition is fine: its task owns them all).
     */
    StreamPartitioner<String, BandProbes> partitioner() {
        return new StreamPartitioner<>() {
            @Override
            public Optional<Set<Integer>> partitions(String topic, String key, BandProbes probes, int numPartitions) {
                if (probes == null) {
                    return Watermark.<BandProbes>multicast().partitions(topic, key, null, numPartitions); // to every partition
                }
                if (numPartitions == 1) {
                    return Optional.of(Set.of(0)); // one task owns every band value (e.g. TopologyTestDriver)
                }
                if (numPartitions != partitions) {
                    throw new IllegalStateException("topic " + topic + " has " + numPartitions
                            + " partitions, the band routing was built for " + partitions
                            + " (dedup.topics.internal.partitions)");
                }
                return Optional.of(Set.of(ownerOf(probes)));
            }
        };
    }

    /** The partition that owns everything a probe record asks about (one, by construction). */
    private int ownerOf(BandProbes probes) {
        return probes.bands().length > 0 ? partitionOf(probes.bands()[0], probes.bandHashes()[0], partitions)
                : partitionOf(probes.contentHash(), partitions);
    }
}
