package io.articlededup.app;

import io.articlededup.topology.RocksDbStoreOptions;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.rocksdb.CompressionType;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RocksDbSettingsTest {
    @Test
    void theDefaultsCompressEveryStoreWithZstdAndFilterEveryLevelAndTheMemtables() {
        assertThat(AppConfig.defaults().streamsProperties().get(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG))
                .isEqualTo(RocksDbStoreOptions.class.getName());
        RocksDB.loadLibrary();
        try (Options options = new Options()) {
            new RocksDbStoreOptions().setConfig("band-index", options, Map.of());
            assertThat(options.compressionType()).isEqualTo(CompressionType.ZSTD_COMPRESSION);
            assertThat(options.memtableWholeKeyFiltering()).isTrue();
            assertThat(options.memtablePrefixBloomSizeRatio()).isPositive();
            assertThat(options.optimizeFiltersForHits()).isFalse();
        }
    }
}
