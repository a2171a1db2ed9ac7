package io.articlededup.topology;

import org.apache.kafka.streams.processor.StreamPartitioner;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How far one upstream task has come in event time: it will send nothing older than {@code time} (except
 * records later than the allowed lateness), or it is {@code idle} (no input for a while) and holds nobody
 * back. Watermarks travel on the internal topics beside the articles and probes they describe, as records
 * with a null value and this as key ({@link #key}), sent to every partition ({@link #multicast}): a
 * partition's records and the watermarks after them come from one task in order, so a watermark says
 * everything before it in that partition is in.
 *
 * @param from the partition number of the task that sent it
 */
record Watermark(int from, long time, boolean idle) {
    /** Sources and ids never start with this character. */
    private static final char MARK = '\u0000';

    static boolean isWatermark(String key) {
        return key != null && !key.isEmpty() && key.charAt(0) == MARK;
    }

    String key() {
        return MARK + "w," + from + ',' + time + ',' + (idle ? 1 : 0);
    }

    static Watermark fromKey(String key) {
        String[] f = key.substring(3).split(",");
        return new Watermark(Integer.parseInt(f[0]), Long.parseLong(f[1]), f[2].equals("1"));
    }

    /** A newer report from the same task: time never goes back (a restarted task starts from nothing). */
    Watermark advancedBy(Watermark newer) {
        return new Watermark(from, Math.max(time, newer.time), newer.idle);
    }

    /**
     * Watermark records to every partition, everything else as the default partitioner places it (so
     * records keyed by source still land where the answers keyed by source do).
     */
    static <V> StreamPartitioner<String, V> multicast() {
        return new StreamPartitioner<>() {
            @Override
            public Optional<Set<Integer>> partitions(String topic, String key, V value, int numPartitions) {
                if (value == null && isWatermark(key)) {
                    return Optional.of(IntStream.range(0, numPartitions).boxed().collect(Collectors.toSet()));
                }
                return Optional.empty();
            }
        };
    }
}
