package io.articlededup.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Bounds the cardinality of the {@code source} metric label to the {@code topN} busiest sources of the
 * recent past; every other source is reported as {@code other}.
 *
 * <p>Volume is a Space-Saving heavy-hitter sketch ({@code 8 x topN} counters, at least 64) over counts
 * that decay with a half-life ({@link #HALF_LIFE}, forward decay: each article weighs
 * {@code 2^(t / half-life)}, so no count is ever touched but the one observed). While fewer than
 * {@code topN} sources hold a label, a source that ranks among the top {@code topN} is admitted at once.
 * Once the labels are full, a source takes the label of the weakest labelled one when its decayed volume
 * is {@link #HYSTERESIS} times that source's, so that two sources of like volume do not trade a label back
 * and forth, and a site that went quiet hands its label to one that grew. The retired source's series
 * stops (its meters are removed); its articles go on under {@code other}.
 */
public final class SourceLabels {
    public static final String OTHER = "other";
    static final Duration HALF_LIFE = Duration.ofHours(6);
    static final double HYSTERESIS = 2.0;
    /** Counts are rescaled before the forward-decay weight leaves the range of a double. */
    private static final double RESCALE_EXPONENT = 512;

    private final int topN;
    private final int capacity;
    private final LongSupplier clockMs;
    private final Map<String, Double> counts = new HashMap<>();
    private final Set<String> admitted = new HashSet<>();
    private final List<String> retired = new ArrayList<>();
    private long epochMs;

    public SourceLabels(int topN) {
        this(topN, System::currentTimeMillis);
    }

    SourceLabels(int topN, LongSupplier clockMs) {
        if (topN < 0) {
            throw new IllegalArgumentException("topN must be >= 0, got " + topN);
        }
        this.topN = topN;
        this.capacity = Math.max(64, topN * 8);
        this.clockMs = clockMs;
        this.epochMs = clockMs.getAsLong();
    }

    /** Records one article of {@code source} and returns the label to report it under. */
    public synchronized String labelFor(String source) {
        if (topN == 0) {
            return OTHER;
        }
        double count = observe(source, weight());
        if (admitted.contains(source)) {
            return source;
        }
        if (admitted.size() < topN) {
            if (rank(count) < topN) {
                admitted.add(source);
                return source;
            }
            return OTHER;
        }
        String weakest = weakestAdmitted();
        if (count > HYSTERESIS * counts.get(weakest)) {
            admitted.remove(weakest);
            retired.add(weakest);
            admitted.add(source);
            return source;
        }
        return OTHER;
    }

    /** The sources that lost their label since the last call: their meters are to be removed. */
    public synchronized List<String> drainRetired() {
        if (retired.isEmpty()) {
            return List.of();
        }
        List<String> out = List.copyOf(retired);
        retired.clear();
        return out;
    }

    synchronized Set<String> labelled() {
        return Set.copyOf(admitted);
    }

    private double weight() {
        double exponent = (clockMs.getAsLong() - epochMs) / (double) HALF_LIFE.toMillis();
        if (exponent > RESCALE_EXPONENT) {
            double scale = Math.pow(2, -exponent);
            counts.replaceAll((s, c) -> c * scale);
            epochMs = clockMs.getAsLong();
            return 1;
        }
        return Math.pow(2, exponent);
    }

    private double observe(String source, double w) {
        Double c = counts.get(source);
        if (c != null || counts.size() < capacity) {
            double n = (c == null ? 0 : c) + w;
            counts.put(source, n);
            return n;
        }
        // Space-Saving: the newcomer replaces the smallest unlabelled counter and inherits its count
        String victim = null;
        double min = Double.MAX_VALUE;
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            if (e.getValue() < min && !admitted.contains(e.getKey())) {
                min = e.getValue();
                victim = e.getKey();
            }
        }
        counts.remove(victim);
        counts.put(source, min + w);
        return min + w;
    }

    /** How many tracked sources are busier than this count. */
    private int rank(double count) {
        int busier = 0;
        for (double c : counts.values()) {
            if (c > count) {
                busier++;
            }
        }
        return busier;
    }

    private String weakestAdmitted() {
        String weakest = null;
        double min = Double.MAX_VALUE;
        for (String s : admitted) {
            double c = counts.get(s);
            if (c < min) {
                min = c;
                weakest = s;
            }
        }
        return weakest;
    }
}
