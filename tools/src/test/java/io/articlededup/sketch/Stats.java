package io.articlededup.sketch;

import java.util.Arrays;
import java.util.Locale;

/** Small summary statistics for reports. */
final class Stats {
    private Stats() {
    }

    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
        return sorted[i];
    }

    /** "n, mean, p05, p25, p50, p75, p95, max" of the values. */
    static String summary(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        double mean = Arrays.stream(s).average().orElse(Double.NaN);
        return String.format(Locale.ROOT, "n=%5d mean=%.3f p05=%.3f p25=%.3f p50=%.3f p75=%.3f p95=%.3f max=%.3f",
                s.length, mean, quantile(s, 0.05), quantile(s, 0.25), quantile(s, 0.5), quantile(s, 0.75),
                quantile(s, 0.95), s.length == 0 ? Double.NaN : s[s.length - 1]);
    }
}
