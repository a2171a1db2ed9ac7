package io.articlededup.topology;

import io.articlededup.model.ArticleLimits;
import io.articlededup.text.CleanerSettings;

import java.time.Duration;
import java.util.Objects;

/**
 * Everything the topology's shape and behaviour depend on, already validated and typed. Loading it from
 * files, environment and flags is the application's job ({@code io.articlededup.app.AppConfig}).
 */
public record TopologySettings(
        String inputTopic,
        String cleanTopic,
        String duplicatesTopic,
        String deadLetterTopic,
        DuplicateMode duplicateMode,
        Duration exactRetention,
        ArticleLimits limits,
        CleanerSettings cleaner) {

    /** Where duplicates go: their own topic, or the clean topic with the {@code dedup} block saying so. */
    public enum DuplicateMode { ROUTE, ANNOTATE }

    public TopologySettings {
        Objects.requireNonNull(inputTopic, "inputTopic");
        Objects.requireNonNull(cleanTopic, "cleanTopic");
        Objects.requireNonNull(duplicatesTopic, "duplicatesTopic");
        Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
        Objects.requireNonNull(duplicateMode, "duplicateMode");
        if (exactRetention.isNegative() || exactRetention.isZero()) {
            throw new IllegalArgumentException("exact retention must be positive, got " + exactRetention);
        }
    }

    public static TopologySettings defaults() {
        return new TopologySettings("articles.raw", "articles.clean", "articles.duplicates", "articles.dlq",
                DuplicateMode.ROUTE, Duration.ofDays(7), ArticleLimits.defaults(), CleanerSettings.defaults());
    }
}
