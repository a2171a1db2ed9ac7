package io.articlededup.topology;

import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.query.PositionBound;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.query.Query;
import org.apache.kafka.streams.query.QueryConfig;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowBytesStoreSupplier;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.apache.kafka.streams.state.internals.OffsetCheckpoint;
import org.apache.kafka.streams.state.internals.WithRetentionPeriod;

import java.time.Instant;
import java.util.Map;

/**
 * A RocksDB window store that a task can reopen under exactly-once while it is still empty.
 *
 * <p>Why: since Kafka Streams 4 a store keeps its own changelog offset (KIP-1035). A segmented (window)
 * store keeps it inside its segments, so a window store with no segments cannot keep one: a task that held
 * it empty and closed cleanly leaves no offset behind. When the task is opened again on the same machine
 * while its other stores' directories exist, Kafka Streams (4.4.0) reads the missing offset as "maybe
 * uncommitted data", wipes the task as corrupted and asks for a rebalance. Every rebalance of a fresh
 * application moves tasks between threads, and the next move brings the empty store back: with several
 * stream threads or instances the same tasks were wiped every few seconds and never processed a record
 * ({@code EmptyStateRestartIT} pins it; docs/reliability.md, section 7).
 *
 * <p>A store with no data at all cannot hold uncommitted data, so this one answers "nothing to distrust,
 * restore from the changelog's start" for itself while it is empty: the answer a key-value store gives
 * for a changelog it never wrote to. A store that holds data answers as before, so a crash that left
 * uncommitted writes still wipes it. Everything else is passed through, the retention period too: Kafka
 * Streams reads it through {@link WithRetentionPeriod} to start a window changelog's restore at the
 * oldest record still retained instead of replaying it in full (and warns when a store hides it).
 * {@code EmptySafeWindowStoreTest} pins both Kafka Streams behaviours this class relies on, so an upgrade
 * that changes them fails there.
 */
final class EmptySafeWindowStore implements WindowStore<Bytes, byte[]>, WithRetentionPeriod {
    /**
     * What Kafka Streams itself commits to a store for a changelog with no offset yet, and reads back as
     * "restore from the start" without a wipe. A key-value store keeps it; a window store with no segment
     * has nowhere to.
     */
    static final long OFFSET_UNKNOWN = OffsetCheckpoint.OFFSET_UNKNOWN;

    private final WindowStore<Bytes, byte[]> inner;

    EmptySafeWindowStore(WindowStore<Bytes, byte[]> inner) {
        this.inner = inner;
    }

    /** The RocksDB window store {@code supplier} makes, wrapped. */
    static WindowBytesStoreSupplier supplier(WindowBytesStoreSupplier supplier) {
        return new WindowBytesStoreSupplier() {
            @Override
            public String name() {
                return supplier.name();
            }

            @Override
            public WindowStore<Bytes, byte[]> get() {
                return new EmptySafeWindowStore(supplier.get());
            }

            @Override
            public String metricsScope() {
                return supplier.metricsScope();
            }

            @Override
            public long segmentIntervalMs() {
                return supplier.segmentIntervalMs();
            }

            @Override
            public long windowSize() {
                return supplier.windowSize();
            }

            @Override
            public boolean retainDuplicates() {
                return supplier.retainDuplicates();
            }

            @Override
            public long retentionPeriod() {
                return supplier.retentionPeriod();
            }
        };
    }

    @Override
    public Long committedOffset(TopicPartition partition) {
        Long offset = inner.committedOffset(partition);
        if (offset != null) {
            return offset;
        }
        try (KeyValueIterator<Windowed<Bytes>, byte[]> any = inner.all()) {
            return any.hasNext() ? null : OFFSET_UNKNOWN;
        }
    }

    @Override
    public long retentionPeriod() {
        return WithRetentionPeriod.resolveRetentionPeriod(inner);
    }

    // everything below passes through

    @Override
    public void put(Bytes key, byte[] value, long windowStartTimestamp) {
        inner.put(key, value, windowStartTimestamp);
    }

    @Override
    public byte[] fetch(Bytes key, long time) {
        return inner.fetch(key, time);
    }

    @Override
    public WindowStoreIterator<byte[]> fetch(Bytes key, long timeFrom, long timeTo) {
        return inner.fetch(key, timeFrom, timeTo);
    }

    @Override
    public WindowStoreIterator<byte[]> fetch(Bytes key, Instant timeFrom, Instant timeTo) {
        return inner.fetch(key, timeFrom, timeTo);
    }

    @Override
    public WindowStoreIterator<byte[]> backwardFetch(Bytes key, long timeFrom, long timeTo) {
        return inner.backwardFetch(key, timeFrom, timeTo);
    }

    @Override
    public WindowStoreIterator<byte[]> backwardFetch(Bytes key, Instant timeFrom, Instant timeTo) {
        return inner.backwardFetch(key, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> fetch(Bytes keyFrom, Bytes keyTo, long timeFrom, long timeTo) {
        return inner.fetch(keyFrom, keyTo, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> fetch(Bytes keyFrom, Bytes keyTo, Instant timeFrom, Instant timeTo) {
        return inner.fetch(keyFrom, keyTo, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardFetch(Bytes keyFrom, Bytes keyTo, long timeFrom, long timeTo) {
        return inner.backwardFetch(keyFrom, keyTo, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardFetch(Bytes keyFrom, Bytes keyTo, Instant timeFrom,
                                                                  Instant timeTo) {
        return inner.backwardFetch(keyFrom, keyTo, timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> all() {
        return inner.all();
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardAll() {
        return inner.backwardAll();
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> fetchAll(long timeFrom, long timeTo) {
        return inner.fetchAll(timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> fetchAll(Instant timeFrom, Instant timeTo) {
        return inner.fetchAll(timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardFetchAll(long timeFrom, long timeTo) {
        return inner.backwardFetchAll(timeFrom, timeTo);
    }

    @Override
    public KeyValueIterator<Windowed<Bytes>, byte[]> backwardFetchAll(Instant timeFrom, Instant timeTo) {
        return inner.backwardFetchAll(timeFrom, timeTo);
    }

    @Override
    public ReadOnlyWindowStore<Bytes, byte[]> readOnly(IsolationLevel isolationLevel) {
        return inner.readOnly(isolationLevel);
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        inner.init(context, root);
    }

    @Override
    @SuppressWarnings("deprecation") // flush gave way to commit(Map) in KIP-1035; both pass through
    public void flush() {
        inner.flush();
    }

    @Override
    public void commit(Map<TopicPartition, Long> changelogOffsets) {
        inner.commit(changelogOffsets);
    }

    @Override
    public boolean managesOffsets() {
        return inner.managesOffsets();
    }

    @Override
    public void close() {
        inner.close();
    }

    @Override
    public boolean persistent() {
        return inner.persistent();
    }

    @Override
    public boolean isOpen() {
        return inner.isOpen();
    }

    @Override
    public <R> QueryResult<R> query(Query<R> query, PositionBound positionBound, QueryConfig config) {
        return inner.query(query, positionBound, config);
    }

    @Override
    public long approximateNumUncommittedBytes() {
        return inner.approximateNumUncommittedBytes();
    }

    @Override
    public Position getPosition() {
        return inner.getPosition();
    }
}
