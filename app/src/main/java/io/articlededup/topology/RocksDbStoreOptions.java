package io.articlededup.topology;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.CompressionType;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

import java.util.Map;

/**
 * Our RocksDB options for every store, set by {@code kafka.rocksdb.config.setter}. Why each:
 * <ul>
 *   <li><b>ZSTD-compressed files.</b> Kafka Streams writes them uncompressed. State per retained article is one
 *       of our targets, and what our stores hold compresses well: the window stores' keys repeat the bucket's
 *       timestamp, the entries repeat site names and id prefixes. The history bench stored 797 bytes per
 *       retained article with ZSTD, 978 with LZ4, 1,514 uncompressed (docs/performance.md, "Design choices made for performance").</li>
 *   <li><b>Whole-key bloom filters on the memtables.</b> Most of our reads miss (a band value, a paragraph
 *       or a content seen for the first time); without a filter each miss walks the memtable's skip list
 *       before the files' filters answer. JMH: a miss 608 -> 311 ns ({@code StoreLookupBenchmark}).</li>
 *   <li><b>Bloom filters on the last level too.</b> Kafka Streams turns them off there
 *       ({@code optimize_filters_for_hits}), which suits lookups that mostly hit. Ours mostly miss, so a miss
 *       that reaches the last level read an index and a data block to learn it. With them, the history
 *       bench ran at 0.88-0.95 of its empty-store rate with 50,000 retained articles (0.45-0.66 without), and
 *       at 0.76 with 200,000, for 3 % more bytes (docs/performance.md, "Retained history"). Before rocksdbjni 10.10 this made no
 *       difference: each miss cost a C++ exception in RocksJava, which hid it.</li>
 *   <li><b>One memory budget for every store of the process</b> ({@value #MEMORY_CONFIG}, bytes). RocksDB
 *       allocates outside the heap, per store: each has its own block cache and up to three 16 MB memtables,
 *       so the off-heap total grows with stores x tasks (8 stores x 6 tasks could pass a 2 GiB pod's limit
 *       while the heap is well under its own). With a budget, one LRU block cache is shared by all stores, the
 *       memtables are charged to it by a write-buffer manager (a quarter of it), and index and filter blocks
 *       live in it at high priority, so that RocksDB's resident memory is the budget plus small per-file
 *       overheads. 0 turns the budget off (RocksDB's per-store defaults).</li>
 * </ul>
 */
public final class RocksDbStoreOptions implements RocksDBConfigSetter {
    /** The Kafka Streams configuration key of the budget; the application copies dedup.rocksdb.memory into it. */
    public static final String MEMORY_CONFIG = "dedup.rocksdb.memory";
    /** The share of each memtable's size given to its bloom filter (RocksDB's suggested 0.1 at most). */
    static final double MEMTABLE_BLOOM_RATIO = 0.05;
    /** Of the shared cache: what memtables may take, and the high-priority pool for index and filter blocks. */
    static final double MEMTABLE_SHARE = 0.25;
    static final double INDEX_FILTER_SHARE = 0.1;

    /**
     * Stores written once per article or less, read only by the queries: small memtables without a bloom
     * filter. Every open store charges its memtable's arena blocks (an eighth of the write buffer) and its
     * bloom filter to the shared write-buffer budget; with Kafka Streams' 16 MB memtables these two stores'
     * 12 instances (6 tasks each) took enough of the default 96 MB that the stores on the hot path were
     * flushed to ever more level-0 files and writes slowed: the broker bench fell from 299-303 to 75-100
     * articles/s ({@code bench --articles 10000 --rate 100 --latency-seconds 20}). The stores of event-time
     * order get the same: one watermark per upstream task, and probes that wait a moment and are read in
     * order, never by point lookup.
     */
    static final long QUERY_STORE_WRITE_BUFFER = 1024 * 1024;
    /**
     * Under a budget, each open store's memtable takes at most this much before it holds anything: its arena
     * grows by blocks of this size (RocksDB's default, an eighth of the write buffer, is 1 MB here) and its
     * bloom filter, allocated whole when the memtable is created, is no larger. A process holds one store
     * per task and window segment (60 with six tasks), and when their empty memtables alone pass the
     * write-buffer budget, every write flushes the store it went to: {@code MemoryBudgetIT}'s band index
     * reached file number 33,000 and its writes stalled at 6 articles/s.
     */
    static final long MEMTABLE_FIXED_BYTES = 64 * 1024;

    /** Shared by every store of the process and never closed: stores come and go with their tasks. */
    private static Cache sharedCache;
    private static WriteBufferManager sharedWriteBuffers;
    private static long sharedBudget;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        options.setCompressionType(CompressionType.ZSTD_COMPRESSION);
        options.setMemtableWholeKeyFiltering(true);
        options.setMemtablePrefixBloomSizeRatio(MEMTABLE_BLOOM_RATIO);
        options.setOptimizeFiltersForHits(false);
        long budget = budget(configs.get(MEMORY_CONFIG));
        if (budget > 0) {
            // Kafka Streams hands over its own table config (with its bloom filter); keep it and add the cache
            BlockBasedTableConfig table = options.tableFormatConfig() instanceof BlockBasedTableConfig t
                    ? t : new BlockBasedTableConfig();
            table.setBlockCache(cache(budget));
            table.setCacheIndexAndFilterBlocks(true);
            table.setCacheIndexAndFilterBlocksWithHighPriority(true);
            table.setPinTopLevelIndexAndFilter(true);
            options.setTableFormatConfig(table);
            options.setWriteBufferManager(sharedWriteBuffers);
            // a small budget cannot hold 16 MB memtables (Kafka Streams' size) for several stores
            options.setWriteBufferSize(Math.min(options.writeBufferSize(), (long) (budget * MEMTABLE_SHARE / 4)));
        }
        if (isQueryStore(storeName)) {
            options.setWriteBufferSize(Math.min(options.writeBufferSize(), QUERY_STORE_WRITE_BUFFER));
            options.setMemtablePrefixBloomSizeRatio(0);
            options.setMemtableWholeKeyFiltering(false);
        }
        if (budget > 0) {
            options.setArenaBlockSize(Math.min(MEMTABLE_FIXED_BYTES, options.writeBufferSize() / 8));
            options.setMemtablePrefixBloomSizeRatio(Math.min(options.memtablePrefixBloomSizeRatio(),
                    (double) MEMTABLE_FIXED_BYTES / options.writeBufferSize()));
        }
    }

    /** The store, or one segment of it (a window store's segments are named {@code store.segmentStart}). */
    static boolean isQueryStore(String storeName) {
        for (String s : new String[] {DedupTopology.ARTICLE_DECISIONS_STORE, DedupTopology.BOILERPLATE_EXCERPTS,
                DuplicateStage.RELAY_STORE, DuplicateStage.PROBE_BUFFER_STORE, DuplicateStage.PROBE_WATERMARKS_STORE}) {
            if (storeName.equals(s) || storeName.startsWith(s + ".")) {
                return true;
            }
        }
        return false;
    }

    static long budget(Object configured) {
        if (configured == null) {
            return 0;
        }
        long v = configured instanceof Number n ? n.longValue() : Long.parseLong(configured.toString().trim());
        if (v < 0) {
            throw new IllegalArgumentException(MEMORY_CONFIG + " must be >= 0, got " + v);
        }
        return v;
    }

    /** The process's cache; the first budget configured wins (every store of one application has the same). */
    private static synchronized Cache cache(long budget) {
        if (sharedCache == null) {
            sharedBudget = budget;
            sharedCache = new LRUCache(budget, -1, false, INDEX_FILTER_SHARE);
            sharedWriteBuffers = new WriteBufferManager((long) (budget * MEMTABLE_SHARE), sharedCache);
        }
        return sharedCache;
    }

    /** The budget the shared cache was built with, 0 before any store opened with one. */
    static synchronized long sharedBudget() {
        return sharedBudget;
    }

    static synchronized Cache sharedCache() {
        return sharedCache;
    }

    @Override
    public void close(String storeName, Options options) {
        // the shared cache and write-buffer manager outlive every store; the rest are plain option values
    }
}
