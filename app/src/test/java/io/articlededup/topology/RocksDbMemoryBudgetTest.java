package io.articlededup.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.MemoryUsageType;
import org.rocksdb.MemoryUtil;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.WriteOptions;

/** The shared budget, on real RocksDB instances: several stores written hard stay inside one cache. */
class RocksDbMemoryBudgetTest {
    private static final long BUDGET = 32L << 20;

    @Test
    void storesOpenedWithTheBudgetShareOneCacheAndStayInsideIt(@TempDir Path dir) throws Exception {
        RocksDB.loadLibrary();
        RocksDbStoreOptions setter = new RocksDbStoreOptions();
        List<Options> options = new ArrayList<>();
        List<RocksDB> dbs = new ArrayList<>();
        try (WriteOptions write = new WriteOptions().setDisableWAL(true)) {
            for (int i = 0; i < 6; i++) {
                Options o = new Options().setCreateIfMissing(true);
                setter.setConfig("store-" + i, o, Map.of(RocksDbStoreOptions.MEMORY_CONFIG, Long.toString(BUDGET)));
                options.add(o);
                dbs.add(RocksDB.open(o, dir.resolve("s" + i).toString()));
            }
            assertThat(RocksDbStoreOptions.sharedBudget()).isEqualTo(BUDGET);
            SplittableRandom rnd = new SplittableRandom(3);
            byte[] value = new byte[1024];
            // 6 stores x 20 MB: unbounded, six default 64 MB memtable sets would hold it all in memory
            for (int n = 0; n < 20_000; n++) {
                for (RocksDB db : dbs) {
                    rnd.nextBytes(value);
                    db.put(write, ("key-" + rnd.nextLong()).getBytes(), value);
                }
            }
            for (RocksDB db : dbs) {
                for (int n = 0; n < 2_000; n++) {
                    db.get(("key-" + rnd.nextLong()).getBytes());
                }
            }
            Map<MemoryUsageType, Long> usage = MemoryUtil.getApproximateMemoryUsageByType(dbs, java.util.Set.of(RocksDbStoreOptions.sharedCache()));
            long memtables = usage.get(MemoryUsageType.kMemTableTotal);
            long cache = usage.getOrDefault(MemoryUsageType.kCacheTotal, 0L);
            System.out.printf("6 stores, 120 MB written: memtables %,d bytes, shared cache %,d bytes, budget %,d%n",
                    memtables, cache, BUDGET);
            // memtables are charged to the cache, whose capacity is the budget (RocksDB lets a flush in progress
            // overshoot a little)
            assertThat(memtables).isLessThan(BUDGET / 2);
            assertThat(cache).isLessThanOrEqualTo((long) (BUDGET * 1.1));
        } finally {
            dbs.forEach(RocksDB::close);
            options.forEach(Options::close);
        }
    }

    @Test
    void theQueryAndOrderStoresAndTheirSegmentsGetSmallMemtablesWithoutBloomFilters() {
        RocksDbStoreOptions setter = new RocksDbStoreOptions();
        Map<String, Object> conf = Map.of(RocksDbStoreOptions.MEMORY_CONFIG, Long.toString(384L << 20));
        for (String name : List.of("article-decisions.1764547200000", "boilerplate-excerpts", "by-source-watermarks",
                "band-probes-buffer", "band-probes-watermarks")) {
            try (Options o = new Options()) {
                setter.setConfig(name, o, conf);
                assertThat(o.writeBufferSize()).as(name).isEqualTo(RocksDbStoreOptions.QUERY_STORE_WRITE_BUFFER);
                assertThat(o.memtablePrefixBloomSizeRatio()).as(name).isZero();
            }
        }
        for (String name : List.of("band-index.1764547200000", "article-decisions-other", "boilerplate-paragraphs")) {
            try (Options o = new Options()) {
                setter.setConfig(name, o, conf);
                assertThat(o.writeBufferSize()).as(name).isGreaterThan(RocksDbStoreOptions.QUERY_STORE_WRITE_BUFFER);
                assertThat(o.memtablePrefixBloomSizeRatio()).as(name).isPositive();
            }
        }
    }

    @Test
    void underABudgetAMemtableTakesLittleBeforeItHoldsAnything() {
        RocksDbStoreOptions setter = new RocksDbStoreOptions();
        for (long budget : new long[] {128L << 20, 384L << 20, 4L << 30}) {
            for (String name : List.of("band-index.1764547200000", "boilerplate-paragraphs", "band-probes-watermarks")) {
                try (Options o = new Options()) {
                    setter.setConfig(name, o, Map.of(RocksDbStoreOptions.MEMORY_CONFIG, Long.toString(budget)));
                    assertThat(o.arenaBlockSize()).as(name).isLessThanOrEqualTo(RocksDbStoreOptions.MEMTABLE_FIXED_BYTES);
                    assertThat(o.memtablePrefixBloomSizeRatio() * o.writeBufferSize()).as(name)
                            .isLessThanOrEqualTo(RocksDbStoreOptions.MEMTABLE_FIXED_BYTES);
                }
            }
        }
        try (Options o = new Options()) {
            setter.setConfig("band-index.1764547200000", o, Map.of());
            assertThat(o.memtablePrefixBloomSizeRatio()).isEqualTo(RocksDbStoreOptions.MEMTABLE_BLOOM_RATIO);
        }
    }

    @Test
    void theBudgetIsBytesAndZeroMeansNone() {
        assertThat(RocksDbStoreOptions.budget(null)).isZero();
        assertThat(RocksDbStoreOptions.budget("402653184")).isEqualTo(384L << 20);
        assertThatThrownBy(() -> RocksDbStoreOptions.budget("-1")).isInstanceOf(IllegalArgumentException.class);
        try (Options o = new Options()) {
            new RocksDbStoreOptions().setConfig("s", o, Map.of(RocksDbStoreOptions.MEMORY_CONFIG, "0"));
            assertThat(o.tableFormatConfig()).isNull();
        }
    }
}
