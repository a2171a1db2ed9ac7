package io.articlededup.topology;

import java.time.Duration;

/**
 * @param minArticles a paragraph carried by at least this many distinct earlier articles of one source
 *                    within the retention is that source's boilerplate (K)
 */
public record BoilerplateSettings(boolean enabled, int minArticles, Duration retention) {
    public BoilerplateSettings {
        if (minArticles < 2) {
            throw new IllegalArgumentException("boilerplate min articles must be >= 2, got " + minArticles);
        }
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("boilerplate retention must be positive, got " + retention);
        }
    }

    public static BoilerplateSettings defaults() {
        return new BoilerplateSettings(true, 5, Duration.ofDays(3));
    }
}
