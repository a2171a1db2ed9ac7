package io.articlededup.topology;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.CompressionType;
import org.rocksdb.Options;

import java.util.Map;

/**
 * Kafka Streams writes RocksDB files uncompressed by default. Our stores hold ids, site names, content
 * hashes and sketches, and state per retained article is one of our targets (docs/performance.md), so the
 * files are compressed with LZ4: cheap enough to stay off the profile, and it spares the bloom filters,
 * which answer most lookups before any block is read. Set by {@code kafka.rocksdb.config.setter}.
 */
public final class CompressedRocksDbStores implements RocksDBConfigSetter {
    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        options.setCompressionType(CompressionType.LZ4_COMPRESSION);
    }

    @Override
    public void close(String storeName, Options options) {
        // nothing allocated here: CompressionType is a plain enum
    }
}
