package io.articlededup.topology;

import java.time.Duration;

/**
 * Event-time order of the band index ({@link ProbeOrderProcessor}): each band-index partition answers
 * probes in (event time, id) order once every upstream task has passed them, so which copy is canonical
 * does not depend on which partition drained first.
 *
 * @param enabled  off: probes are answered as they arrive (races then decide some canonicals)
 * @param lateness how far behind the latest event time of its input partition an article may be and still
 *                 be answered in order; a later one is answered at once and counted
 *                 ({@code dedup_late_probes_total})
 * @param idle     an input partition without a record for this long (wall clock) stops holding the others
 *                 back until its next record; also how long a task listens before it trusts the set of
 *                 upstream tasks it heard from
 * @param interval how often each task sends its watermark downstream (at most; at once when due)
 * @param inputPartitions partitions of the input topic, read from the broker at start: the input tasks a
 *                 by-source task waits to hear from. 0: not known (the tasks heard within {@code idle})
 */
public record OrderSettings(boolean enabled, Duration lateness, Duration idle, Duration interval, int inputPartitions) {

    public OrderSettings {
        if (lateness.isNegative()) {
            throw new IllegalArgumentException("order lateness must be >= 0, got " + lateness);
        }
        if (interval.isNegative() || interval.isZero() || idle.compareTo(interval) < 0) {
            throw new IllegalArgumentException("need 0 < interval <= idle, got " + interval + " and " + idle);
        }
        if (inputPartitions < 0) {
            throw new IllegalArgumentException("input partitions must be >= 0, got " + inputPartitions);
        }
    }

    public OrderSettings(boolean enabled, Duration lateness, Duration idle, Duration interval) {
        this(enabled, lateness, idle, interval, 0);
    }

    public OrderSettings withInputPartitions(int n) {
        return new OrderSettings(enabled, lateness, idle, interval, n);
    }

    public static OrderSettings defaults() {
        return new OrderSettings(true, Duration.ZERO, Duration.ofSeconds(2), Duration.ofMillis(100));
    }

    /** Probes answered as they arrive: the topology without the watermark nodes. */
    public static OrderSettings off() {
        return new OrderSettings(false, Duration.ZERO, Duration.ofSeconds(2), Duration.ofMillis(100));
    }
}
