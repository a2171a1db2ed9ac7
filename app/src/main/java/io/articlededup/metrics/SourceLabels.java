package io.articlededup.metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bounds the cardinality of the {@code source} metric label: the first {@code topN} sources that reach
 * the top of a Space-Saving heavy-hitter sketch get their own label; every other source is reported as
 * {@code other}. An admitted label is never taken back, because a Prometheus counter that disappears
 * looks like a reset.
 */
public final class SourceLabels {
    public static final String OTHER = "other";

    private final int topN;
    private final int capacity;
    private final Map<String, Long> counts = new HashMap<>();
    private final Set<String> admitted = ConcurrentHashMap.newKeySet();

    public SourceLabels(int topN) {
        if (topN < 0) {
            throw new IllegalArgumentException("topN must be >= 0, got " + topN);
        }
        this.topN = topN;
        this.capacity = Math.max(16, topN * 4);
    }

    /** Records one article of {@code source} and returns the label to report it under. */
    public synchronized String labelFor(String source) {
        if (admitted.contains(source)) {
            return source;
        }
        long count = observe(source);
        if (admitted.size() < topN && rank(count) < topN) {
            admitted.add(source);
            return source;
        }
        return OTHER;
    }

    private long observe(String source) {
        Long c = counts.get(source);
        if (c != null) {
            counts.put(source, c + 1);
            return c + 1;
        }
        if (counts.size() < capacity) {
            counts.put(source, 1L);
            return 1;
        }
        // Space-Saving: the newcomer replaces the smallest counter and inherits its count
        String victim = null;
        long min = Long.MAX_VALUE;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getValue() < min) {
                min = e.getValue();
                victim = e.getKey();
            }
        }
        counts.remove(victim);
        counts.put(source, min + 1);
        return min + 1;
    }

    /** How many tracked, not yet admitted sources are busier than this count. */
    private int rank(long count) {
        int busier = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getValue() > count && !admitted.contains(e.getKey())) {
                busier++;
            }
        }
        return busier + admitted.size();
    }
}
