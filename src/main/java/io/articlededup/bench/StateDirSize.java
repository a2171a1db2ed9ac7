package io.articlededup.bench;

import io.articlededup.topology.DedupTopology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Bytes of RocksDB state under a Kafka Streams state directory, by store ({@link DedupTopology#STORES};
 * files of no listed store, e.g. checkpoints, count as {@code other}).
 */
record StateDirSize(long total, long sst, Map<String, Long> byStore) {

    static StateDirSize of(Path stateDir) {
        Map<String, Long> byStore = new TreeMap<>();
        long sst = 0;
        long total = 0;
        try (Stream<Path> files = Files.walk(stateDir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                long size = Files.size(f);
                total += size;
                if (f.getFileName().toString().endsWith(".sst")) {
                    sst += size;
                }
                byStore.merge(storeOf(stateDir.relativize(f)), size, Long::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + stateDir, e);
        }
        return new StateDirSize(total, sst, byStore);
    }

    /** Window stores keep one directory per segment, named {@code <store>.<segment>}. */
    private static String storeOf(Path relative) {
        String store = "other";
        for (Path part : relative) {
            for (String s : DedupTopology.STORES) {
                if (part.toString().equals(s) || part.toString().startsWith(s + ".")) {
                    store = s;
                }
            }
        }
        return store;
    }
}
