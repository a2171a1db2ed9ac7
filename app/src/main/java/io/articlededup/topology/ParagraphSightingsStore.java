package io.articlededup.topology;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The boilerplate stage's state: sightings by (source, paragraph hash) in one store, and a time index of
 * them in a second store, so that expiry reads only what expires.
 *
 * <p>The sweep used to iterate the whole sightings store every minute to find the old entries (1.4 s per
 * minute at 200,000 retained articles, growing linearly). The index holds one empty entry per sighting,
 * keyed by the hour of its lastSeen followed by the sighting's key, so the hours that have expired are one
 * key range at the start of the index. Lookups stay point gets on the sightings store, where bloom filters
 * apply; the index is written only when an entry is created or its lastSeen moves to a later hour.
 *
 * <p>Both stores are changelogged and written by one task under exactly-once, so a restored index matches
 * its sightings. Held in memory is only where the last sweep ended, to skip the tombstones earlier sweeps
 * left at the start of the index; a new instance (restart, migrated task) starts from the first key once.
 */
final class ParagraphSightingsStore {
    /**
     * An entry moves in the index at most once per hour however often it is seen, and is deleted up to an
     * hour after it expired (the stage ignores expired entries itself, so this costs bytes, not correctness).
     * Changing it needs no migration: the sweep re-files an entry it finds under an hour that is not its own.
     */
    static final long HOUR_MS = Duration.ofHours(1).toMillis();
    private static final int HOUR_BYTES = Long.BYTES;
    private static final byte[] NOTHING = new byte[0];

    private final KeyValueStore<Bytes, ParagraphSightings> sightings;
    private final KeyValueStore<Bytes, byte[]> byTime;
    /** Index hours below this are known to be empty; Long.MIN_VALUE (unknown) in a new instance. */
    private long sweptBelow = Long.MIN_VALUE;

    ParagraphSightingsStore(KeyValueStore<Bytes, ParagraphSightings> sightings, KeyValueStore<Bytes, byte[]> byTime) {
        this.sightings = sightings;
        this.byTime = byTime;
    }

    /** The source's part of its keys, encoded once per article. */
    static byte[] sourceBytes(String source) {
        return source.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The source followed by the 8 raw bytes of the paragraph hash: the hash is fixed-length and last, so no
     * separator is needed, and 8 bytes instead of 16 hex characters.
     */
    static Bytes key(byte[] source, long paragraphHash) {
        return Bytes.wrap(ByteBuffer.allocate(source.length + Long.BYTES).put(source).putLong(paragraphHash).array());
    }

    /**
     * The source, a 0xFF byte and the 8 bytes of a template position: UTF-8 never holds 0xFF, so no
     * position key equals a paragraph key of any source, and both kinds share the store, index and sweep.
     */
    static Bytes positionKey(byte[] source, long position) {
        return Bytes.wrap(ByteBuffer.allocate(source.length + 1 + Long.BYTES).put(source).put((byte) 0xFF)
                .putLong(position).array());
    }

    /**
     * Whether {@code key}, which starts with {@code source}, is one of that source's keys rather than one of
     * a longer source name's: the two layouts above leave exactly 8 bytes, or 0xFF and 8 bytes, after it.
     */
    static boolean isKeyOf(Bytes key, byte[] source) {
        int rest = key.get().length - source.length;
        return rest == Long.BYTES || rest == 1 + Long.BYTES && key.get()[source.length] == (byte) 0xFF;
    }

    /** The stored entry, however old: callers decide what counts as expired. */
    ParagraphSightings get(Bytes key) {
        return sightings.get(key);
    }

    /** Stores {@code updated} in place of {@code previous} (what {@link #get} returned), keeping the index. */
    void put(Bytes key, ParagraphSightings previous, ParagraphSightings updated) {
        long hour = hourOf(updated.lastSeen());
        boolean moves = previous == null || hourOf(previous.lastSeen()) != hour;
        if (moves) {
            byTime.put(indexKey(hour, key), NOTHING);
            // a late record can file an entry under an hour the last sweep already passed
            sweptBelow = Math.min(sweptBelow, hour);
        }
        sightings.put(key, updated);
        if (moves && previous != null) {
            byTime.delete(indexKey(hourOf(previous.lastSeen()), key));
        }
    }

    /**
     * Deletes the entries filed under hours that ended at or before {@code cutoff} (so last seen before it),
     * visiting at most {@code limit} index entries so that one sweep never stalls the task. Reads only those
     * index entries and their sightings.
     *
     * @param expired told of each deleted entry, with its last value
     * @return index entries visited
     */
    int expire(long cutoff, int limit, BiConsumer<Bytes, ParagraphSightings> expired) {
        long below = Math.floorDiv(cutoff, HOUR_MS);
        if (sweptBelow >= below) {
            return 0;
        }
        List<Bytes> visited = new ArrayList<>();
        // every index key is longer than an hour prefix, so the range ends before the first key of `below`
        try (KeyValueIterator<Bytes, byte[]> it = byTime.range(hourPrefix(sweptBelow), hourPrefix(below))) {
            while (it.hasNext() && visited.size() < limit) {
                visited.add(it.next().key);
            }
        }
        for (Bytes indexKey : visited) {
            byTime.delete(indexKey);
            Bytes key = Bytes.wrap(Arrays.copyOfRange(indexKey.get(), HOUR_BYTES, indexKey.get().length));
            ParagraphSightings s = sightings.get(key);
            if (s != null && s.lastSeen() < cutoff) {
                sightings.delete(key);
                expired.accept(key, s);
            } else if (s != null) {
                // seen since, yet still filed here: put() moves entries, so this is an index from another hour
                // length or an incomplete write; file it under its own hour rather than lose track of it
                byTime.put(indexKey(hourOf(s.lastSeen()), key), NOTHING);
            }
        }
        sweptBelow = visited.size() < limit ? below : hourOfIndexKey(visited.get(visited.size() - 1));
        return visited.size();
    }

    static long hourOf(long epochMs) {
        return Math.floorDiv(epochMs, HOUR_MS);
    }

    private static long hourOfIndexKey(Bytes indexKey) {
        return ByteBuffer.wrap(indexKey.get()).getLong() ^ Long.MIN_VALUE;
    }

    /** Sign bit flipped, so that the unsigned byte order of keys is the numeric order of hours. */
    private static Bytes hourPrefix(long hour) {
        return Bytes.wrap(ByteBuffer.allocate(HOUR_BYTES).putLong(hour ^ Long.MIN_VALUE).array());
    }

    static Bytes indexKey(long hour, Bytes key) {
        return Bytes.wrap(ByteBuffer.allocate(HOUR_BYTES + key.get().length).putLong(hour ^ Long.MIN_VALUE)
                .put(key.get()).array());
    }
}
