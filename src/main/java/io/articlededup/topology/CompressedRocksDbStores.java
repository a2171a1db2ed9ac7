package io.articlededup.topology;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.CompressionType;
import org.rocksdb.Options;

import java.util.Map;

/**
 * Kafka Streams writes RocksDB files uncompressed by default. State per retained article is one of our
 * targets (docs/performance.md, "Stop 10"), and much of what our stores hold compresses well: the window
 * stores' keys repeat the bucket's timestamp, and the entries repeat site names and id prefixes. With ZSTD
 * the history bench stored 797 bytes per retained article, against 978 with LZ4 and 1,514 uncompressed,
 * and its throughput did not measurably drop: most lookups are answered by the bloom filters before any
 * block is read. Set by {@code kafka.rocksdb.config.setter}.
 *
 * <p>The memtables get a whole-key bloom filter too. Most of our reads miss (a band value, a paragraph or a
 * content seen for the first time), and without a filter each miss walks the memtable's skip list before
 * the SST files' filters answer: that walk was the largest single native cost of the band index and the
 * boilerplate store in the bench's profile (docs/performance.md, "Stop 11").
 */
public final class CompressedRocksDbStores implements RocksDBConfigSetter {
    /** The share of each memtable's size given to its bloom filter (RocksDB's suggested 0.1 at most). */
    static final double MEMTABLE_BLOOM_RATIO = 0.05;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        options.setCompressionType(CompressionType.ZSTD_COMPRESSION);
        options.setMemtableWholeKeyFiltering(true);
        options.setMemtablePrefixBloomSizeRatio(MEMTABLE_BLOOM_RATIO);
    }

    @Override
    public void close(String storeName, Options options) {
        // nothing allocated here: plain option values
    }
}
