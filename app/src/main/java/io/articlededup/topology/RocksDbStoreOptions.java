package io.articlededup.topology;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.CompressionType;
import org.rocksdb.Options;

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
 * </ul>
 */
public final class RocksDbStoreOptions implements RocksDBConfigSetter {
    /** The share of each memtable's size given to its bloom filter (RocksDB's suggested 0.1 at most). */
    static final double MEMTABLE_BLOOM_RATIO = 0.05;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        options.setCompressionType(CompressionType.ZSTD_COMPRESSION);
        options.setMemtableWholeKeyFiltering(true);
        options.setMemtablePrefixBloomSizeRatio(MEMTABLE_BLOOM_RATIO);
        options.setOptimizeFiltersForHits(false);
    }

    @Override
    public void close(String storeName, Options options) {
        // nothing allocated here: plain option values
    }
}
