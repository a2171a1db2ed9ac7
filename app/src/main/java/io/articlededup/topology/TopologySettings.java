package io.articlededup.topology;

import io.articlededup.model.ArticleLimits;
import io.articlededup.text.CleanerSettings;

import java.time.Duration;
import java.util.Objects;

/**
 * Everything the topology's shape and behaviour depend on, already validated and typed. Loading it from
 * files, environment and flags is the application's job ({@code io.articlededup.app.AppConfig}).
 *
 * @param repliesTopic       an internal topic of the near-duplicate stage (replies between pending
 *                           articles); it needs {@code internalPartitions} partitions
 * @param internalPartitions partitions of every internal repartition topic. The near-duplicate stage
 *                           routes band answers back to the article's partition, so its two inputs must
 *                           have the same count; changing it needs an application reset
 * @param decisionRetention  how long (event time) a published decision can be looked up by article id
 * @param order              event-time order of the band index ({@link OrderSettings})
 */
public record TopologySettings(
        String inputTopic,
        String cleanTopic,
        String duplicatesTopic,
        String deadLetterTopic,
        String repliesTopic,
        DuplicateMode duplicateMode,
        int internalPartitions,
        Duration exactRetention,
        ArticleLimits limits,
        CleanerSettings cleaner,
        BoilerplateSettings boilerplate,
        NearDuplicateSettings near,
        Duration decisionRetention,
        OrderSettings order) {

    /** Where duplicates go: their own topic, or the clean topic with the {@code dedup} block saying so. */
    public enum DuplicateMode { ROUTE, ANNOTATE }

    public TopologySettings {
        Objects.requireNonNull(inputTopic, "inputTopic");
        Objects.requireNonNull(cleanTopic, "cleanTopic");
        Objects.requireNonNull(duplicatesTopic, "duplicatesTopic");
        Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
        Objects.requireNonNull(duplicateMode, "duplicateMode");
        Objects.requireNonNull(order, "order");
        if (internalPartitions < 1) {
            throw new IllegalArgumentException("internal partitions must be >= 1, got " + internalPartitions);
        }
        if (exactRetention.isNegative() || exactRetention.isZero()) {
            throw new IllegalArgumentException("exact retention must be positive, got " + exactRetention);
        }
        if (decisionRetention.isNegative() || decisionRetention.isZero()) {
            throw new IllegalArgumentException("decision retention must be positive, got " + decisionRetention);
        }
    }

    /** The near-duplicate stage's own topic, named after the application so two apps never share it. */
    public static String repliesTopic(String applicationId) {
        return applicationId + "-decision-replies";
    }

    public static TopologySettings defaults() {
        return new TopologySettings("articles.raw", "articles.clean", "articles.duplicates", "articles.dlq",
                repliesTopic("article-dedup"), DuplicateMode.ROUTE, 6, Duration.ofDays(7), ArticleLimits.defaults(), CleanerSettings.defaults(),
                BoilerplateSettings.defaults(), NearDuplicateSettings.defaults(), Duration.ofDays(7), OrderSettings.defaults());
    }

    public TopologySettings withDuplicateMode(DuplicateMode mode) {
        return new TopologySettings(inputTopic, cleanTopic, duplicatesTopic, deadLetterTopic, repliesTopic, mode,
                internalPartitions, exactRetention, limits, cleaner, boilerplate, near, decisionRetention, order);
    }

    public TopologySettings withBoilerplate(BoilerplateSettings b) {
        return new TopologySettings(inputTopic, cleanTopic, duplicatesTopic, deadLetterTopic, repliesTopic, duplicateMode,
                internalPartitions, exactRetention, limits, cleaner, b, near, decisionRetention, order);
    }

    public TopologySettings withNear(NearDuplicateSettings n) {
        return new TopologySettings(inputTopic, cleanTopic, duplicatesTopic, deadLetterTopic, repliesTopic, duplicateMode,
                internalPartitions, exactRetention, limits, cleaner, boilerplate, n, decisionRetention, order);
    }

    public TopologySettings withOrder(OrderSettings o) {
        return new TopologySettings(inputTopic, cleanTopic, duplicatesTopic, deadLetterTopic, repliesTopic, duplicateMode,
                internalPartitions, exactRetention, limits, cleaner, boilerplate, near, decisionRetention, o);
    }
}
