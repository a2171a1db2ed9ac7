package io.articlededup.topology;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import io.articlededup.topology.DuplicateCheckRecords.BandEntry;
import io.articlededup.topology.DuplicateCheckRecords.BandProbes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.WindowStore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The band index of one task, in two window stores addressed by (key, time bucket) ({@link TimeBuckets}):
 * <ul>
 *   <li>{@code band-index}: band value -> the 8-byte references of the articles registered under it in
 *       that bucket (usually one);</li>
 *   <li>{@code band-index-articles}: reference -> the article's {@link BandEntry} (ids, route, event
 *       time, compact sketch), written once per task however many of its bands the task owns.</li>
 * </ul>
 * An article used to be stored whole under each of its bands (20 entries of ~100 bytes on disk); now each
 * band holds 8 bytes and the entry is stored once per owning task. Every read is a point lookup.
 *
 * <p>A reference is a 64-bit hash of the article's pending key (content hash and id). Two articles of one
 * bucket of one task sharing a reference would need a 64-bit collision (odds about 3 x 10^-8 with a million
 * articles there); the later one's entry would then answer for both.
 */
final class BandIndex {
    private static final Hasher64 REF_HASH = Hashing.komihash5_0();
    private final WindowStore<Bytes, long[]> bands;
    private final WindowStore<Long, BandEntry> articles;
    private final TimeBuckets buckets;

    BandIndex(WindowStore<Bytes, long[]> bands, WindowStore<Long, BandEntry> articles, TimeBuckets buckets) {
        this.bands = bands;
        this.articles = articles;
        this.buckets = buckets;
    }

    static long ref(String pendingKey) {
        return REF_HASH.hashCharsToLong(pendingKey);
    }

    /** The lookups and registrations of one probe record; {@code latest}: the task's stream time. */
    Probe probe(BandProbes probes, long latest) {
        return new Probe(probes, latest);
    }

    final class Probe {
        private record Slot(long ref, long bucket) {
        }

        private final BandProbes probes;
        private final long[] bucketStarts;
        private final long ownBucket;
        private final long ownRef;
        /** An article shares many bands with its copies: its entry is read once per probe record. */
        private final Map<Slot, BandEntry> entries = new HashMap<>();
        private final Map<Bytes, long[]> ownBucketRefs = new HashMap<>();
        private boolean registered;

        private Probe(BandProbes probes, long latest) {
            this.probes = probes;
            this.bucketStarts = buckets.around(probes.eventTime(), latest);
            this.ownBucket = buckets.start(probes.eventTime());
            this.ownRef = ref(probes.pendingKey());
        }

        /** The articles registered under a band value within the retention of this article's time. */
        List<BandEntry> registered(Bytes bandKey) {
            List<BandEntry> found = new ArrayList<>(2);
            for (long bucket : bucketStarts) {
                long[] refs = bands.fetch(bandKey, bucket);
                if (bucket == ownBucket) {
                    ownBucketRefs.put(bandKey, refs);
                }
                if (refs == null) {
                    continue;
                }
                for (long ref : refs) {
                    BandEntry e = entries.computeIfAbsent(new Slot(ref, bucket), s -> articles.fetch(s.ref(), s.bucket()));
                    if (e != null && buckets.within(e.eventTime(), probes.eventTime())) {
                        found.add(e);
                    }
                }
            }
            return found;
        }

        /** Registers this article under a band value it was looked up by ({@link #registered}). */
        void register(Bytes bandKey) {
            long[] refs = ownBucketRefs.get(bandKey);
            long[] updated = refs == null ? new long[] {ownRef} : Arrays.copyOf(refs, refs.length + 1);
            updated[updated.length - 1] = ownRef;
            bands.put(bandKey, updated, ownBucket);
            ownBucketRefs.put(bandKey, updated);
            registered = true;
        }

        /** Stores the article's entry once, if any band registered it. */
        void finish() {
            if (registered) {
                articles.put(ownRef, new BandEntry(probes.route(), probes.pendingKey(), probes.articleId(),
                        probes.eventTime(), probes.sketch()), ownBucket);
            }
        }
    }
}
