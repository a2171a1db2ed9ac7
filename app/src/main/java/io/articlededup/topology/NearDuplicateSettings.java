package io.articlededup.topology;

import io.articlededup.sketch.ShingleMode;
import io.articlededup.sketch.SketchConfig;

import java.time.Duration;

/**
 * @param threshold   estimated Jaccard similarity from which a band candidate counts as a near duplicate
 * @param grace       how long a decided-complete article still waits for a late answer from an older
 *                    near-duplicate that is on its way to the band index
 * @param timeout     after this long an article is decided with the answers it has (never expected
 *                    under exactly-once; a safety net that is logged)
 * @param minShingles articles with fewer shingles are too short to compare and skip this stage
 * @param decisionMemory how long (event time) a decision is remembered to answer late notices from an
 *                    older near-duplicate that reached a band after this article was published
 */
public record NearDuplicateSettings(boolean enabled, SketchConfig sketch, double threshold, Duration retention,
                                    Duration grace, Duration timeout, int minShingles, Duration decisionMemory) {
    public NearDuplicateSettings {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("near-duplicate threshold must be in (0, 1], got " + threshold);
        }
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("near-duplicate retention must be positive, got " + retention);
        }
        if (grace.isNegative() || timeout.compareTo(grace) <= 0) {
            throw new IllegalArgumentException("need 0 <= grace < timeout, got " + grace + " and " + timeout);
        }
        if (minShingles < 1) {
            throw new IllegalArgumentException("min shingles must be >= 1, got " + minShingles);
        }
    }

    public static NearDuplicateSettings defaults() {
        // 20 bands x 3 rows and 0.4: the best near-duplicate F1 measured (docs/evaluation.md)
        SketchConfig sketch = new SketchConfig(ShingleMode.WORDS, 4, 60, 20, 3, SketchConfig.DEFAULT_SEED);
        return new NearDuplicateSettings(true, sketch, 0.4, Duration.ofDays(7),
                Duration.ofMillis(200), Duration.ofMinutes(30), 3, Duration.ofMinutes(10));
    }
}
