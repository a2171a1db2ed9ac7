package io.articlededup.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.common.TopicPartition;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static io.articlededup.bench.Progress.print;

/**
 * The state an application run left: RocksDB bytes on disk by store (measure after closing the app, so
 * that memtables are flushed) and the sizes of its changelog and other internal topics on the broker.
 */
public final class StateCost {
    private StateCost() {
    }

    /** @return the {@code state} section of the report */
    public static Map<String, Object> measure(Properties clientProperties, Path stateDir, String appId,
                                              long articles, long uniques) throws Exception {
        StateDirSize disk = StateDirSize.of(stateDir);
        Map<String, Long> changelogs = new TreeMap<>();
        Map<String, Long> internal = new TreeMap<>();
        try (Admin admin = Admin.create(clientProperties)) {
            Map<Integer, Map<String, LogDirDescription>> dirs = admin.describeLogDirs(List.of(1)).allDescriptions()
                    .get(60, TimeUnit.SECONDS);
            for (Map<String, LogDirDescription> byDir : dirs.values()) {
                for (LogDirDescription d : byDir.values()) {
                    for (Map.Entry<TopicPartition, ReplicaInfo> e : d.replicaInfos().entrySet()) {
                        String t = e.getKey().topic();
                        if (t.startsWith(appId + "-") && t.endsWith("-changelog")) {
                            changelogs.merge(t.substring(appId.length() + 1), e.getValue().size(), Long::sum);
                        } else if (t.startsWith(appId + "-")) {
                            internal.merge(t.substring(appId.length() + 1), e.getValue().size(), Long::sum);
                        }
                    }
                }
            }
        }
        long total = disk.total();
        long changelogTotal = changelogs.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("articles_processed", articles);
        s.put("unique_articles", uniques);
        s.put("rocksdb_bytes", total);
        s.put("rocksdb_sst_bytes", disk.sst());
        s.put("rocksdb_bytes_by_store", disk.byStore());
        s.put("rocksdb_bytes_per_article", (double) total / articles);
        s.put("rocksdb_bytes_per_unique_article", (double) total / uniques);
        s.put("changelog_bytes", changelogTotal);
        s.put("changelog_bytes_by_topic", changelogs);
        s.put("changelog_bytes_per_article", (double) changelogTotal / articles);
        s.put("other_internal_topic_bytes", internal);
        print("state: RocksDB %,d B on disk (%,.0f B/article, %,.0f B/unique article; by store %s); changelogs %,d B "
                        + "(%,.0f B/article; %s)", total, (double) total / articles, (double) total / uniques,
                disk.byStore(), changelogTotal, (double) changelogTotal / articles, changelogs);
        return s;
    }
}
