package io.articlededup.topology;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.util.HashMap;
import java.util.Map;

/**
 * The latest {@link Watermark} of each upstream task a task heard from, in a small store (one entry per
 * upstream partition, and the bound already released), mirrored in memory. The upstream set is what was
 * heard: every upstream task reports from its first punctuation on, even before it has input.
 */
final class WatermarkFrontier {
    /** The store key of the bound below which everything was released (not an upstream). */
    private static final int RELEASED = -1;
    private final KeyValueStore<Integer, Watermark> store;
    private final Map<Integer, Watermark> upstream = new HashMap<>();
    private final int expected;
    private long released = Long.MIN_VALUE;

    /** @param expected upstream partitions 0..expected-1 that hold everything back until heard (0: none) */
    WatermarkFrontier(KeyValueStore<Integer, Watermark> store, int expected) {
        this.store = store;
        this.expected = expected;
        try (KeyValueIterator<Integer, Watermark> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<Integer, Watermark> kv = it.next();
                if (kv.key == RELEASED) {
                    released = kv.value.time();
                } else {
                    upstream.put(kv.key, kv.value);
                }
            }
        }
    }

    void report(Watermark w) {
        Watermark old = upstream.get(w.from());
        Watermark now = old == null ? w : old.advancedBy(w);
        if (!now.equals(old)) {
            upstream.put(w.from(), now);
            store.put(w.from(), now);
        }
    }

    /**
     * The event time below which no upstream task will send more (late records aside): the least
     * watermark of the upstream tasks that are not idle; {@code Long.MAX_VALUE} when all are idle;
     * {@code Long.MIN_VALUE} while an expected upstream task was not heard from (it is not running yet,
     * and what it sends will be older than what the others reached).
     */
    long bound() {
        if (!heardAllExpected()) {
            return Long.MIN_VALUE;
        }
        long min = Long.MAX_VALUE;
        for (Watermark w : upstream.values()) {
            if (!w.idle()) {
                min = Math.min(min, w.time());
            }
        }
        return min;
    }

    private boolean heardAllExpected() {
        for (int i = 0; i < expected; i++) {
            if (!upstream.containsKey(i)) {
                return false;
            }
        }
        return true;
    }

    /** The least watermark of all upstream tasks heard from, idle or not ({@code Long.MIN_VALUE} if none). */
    long least() {
        long min = Long.MAX_VALUE;
        for (Watermark w : upstream.values()) {
            min = Math.min(min, w.time());
        }
        return upstream.isEmpty() ? Long.MIN_VALUE : min;
    }

    /** Everything older than this was released: a record older than it is late. */
    long released() {
        return released;
    }

    void release(long bound) {
        if (bound > released) {
            released = bound;
            store.put(RELEASED, new Watermark(RELEASED, bound, false));
        }
    }

    @Override
    public String toString() {
        return upstream + " released " + released;
    }
}
