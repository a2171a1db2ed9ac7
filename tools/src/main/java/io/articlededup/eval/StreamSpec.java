package io.articlededup.eval;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parameters of a labelled stream. See {@code docs/evaluation-data.md} for what each one does.
 *
 * @param seed               seed of the one {@link java.util.SplittableRandom} behind every choice
 * @param originals          number of distinct stories (clusters) in the stream, capped by the usable documents
 * @param duplicateShare     share of synthetic duplicates among events that are not natural-duplicate members:
 *                           {@code round(originals * s / (1 - s))} synthetic duplicates are made
 * @param kindWeights        relative weights of the synthetic duplicate kinds ({@link Kinds#SYNTHETIC})
 * @param hardNegativeShare  share of the originals that are hard negatives (a different story of the same
 *                           corpus and topic, picked for high word overlap with an earlier original)
 * @param naturalGroups      how many natural duplicate groups of the base corpora to include (at most
 *                           {@code originals / 2}); their other members follow the first as natural_*_dup
 * @param fakeSources        number of invented sites (max 12) that syndicated copies, and some originals, go to
 * @param fakeSourceShare    share of originals published on an invented site instead of the corpus' own host
 * @param boilerplateShare   probability that a page on an invented site carries that site's boilerplate
 * @param bodyShare          share of non-rescrape events sent as {@code body} text rather than {@code paragraphs}
 * @param minWords           base documents with fewer words are not used (Reuters one-line tables and briefs)
 * @param shingleSize        word shingle size for the natural-duplicate grouping
 * @param naturalThreshold   Jaccard of word shingles at or above which base documents are one natural story
 * @param start              {@code published_at} of the first event
 * @param meanGap            mean gap between consecutive originals (exponentially distributed)
 * @param maxDuplicateDelay  a duplicate (or a hard negative) follows its original after a uniform delay up to this
 */
public record StreamSpec(long seed, int originals, double duplicateShare, Map<String, Double> kindWeights,
                         double hardNegativeShare, int naturalGroups, int fakeSources, double fakeSourceShare,
                         double boilerplateShare, double bodyShare, int minWords, int shingleSize,
                         double naturalThreshold, Instant start, Duration meanGap, Duration maxDuplicateDelay) {

    public StreamSpec {
        if (duplicateShare < 0 || duplicateShare >= 1) {
            throw new IllegalArgumentException("duplicateShare must be in [0, 1): " + duplicateShare);
        }
        if (originals < 1) {
            throw new IllegalArgumentException("originals must be positive: " + originals);
        }
        kindWeights = Map.copyOf(kindWeights);
    }

    /** The default stream: seed 42, 2,000 stories, 30% synthetic duplicates, weights as documented. */
    public static StreamSpec defaults() {
        return new StreamSpec(42L, 2000, 0.30, defaultWeights(), 0.10, 150, 8, 0.30, 0.80, 0.20, 40, 5, 0.5,
                Instant.parse("2024-03-01T00:00:00Z"), Duration.ofSeconds(30), Duration.ofHours(6));
    }

    public static Map<String, Double> defaultWeights() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put(Kinds.EXACT_RESEND, 0.20);
        w.put(Kinds.RESCRAPE, 0.15);
        w.put(Kinds.SYNDICATED, 0.25);
        w.put(Kinds.COPY_EDIT, 0.20);
        w.put(Kinds.PARAGRAPH_ADDED, 0.10);
        w.put(Kinds.PARAGRAPH_DROPPED, 0.10);
        return w;
    }

    public StreamSpec withSeed(long s) {
        return new StreamSpec(s, originals, duplicateShare, kindWeights, hardNegativeShare, naturalGroups,
                fakeSources, fakeSourceShare, boilerplateShare, bodyShare, minWords, shingleSize, naturalThreshold,
                start, meanGap, maxDuplicateDelay);
    }

    public StreamSpec withOriginals(int n) {
        return new StreamSpec(seed, n, duplicateShare, kindWeights, hardNegativeShare, naturalGroups,
                fakeSources, fakeSourceShare, boilerplateShare, bodyShare, minWords, shingleSize, naturalThreshold,
                start, meanGap, maxDuplicateDelay);
    }

    public StreamSpec withKindWeights(Map<String, Double> w) {
        return new StreamSpec(seed, originals, duplicateShare, w, hardNegativeShare, naturalGroups,
                fakeSources, fakeSourceShare, boilerplateShare, bodyShare, minWords, shingleSize, naturalThreshold,
                start, meanGap, maxDuplicateDelay);
    }

    public StreamSpec withDuplicateShare(double s) {
        return new StreamSpec(seed, originals, s, kindWeights, hardNegativeShare, naturalGroups,
                fakeSources, fakeSourceShare, boilerplateShare, bodyShare, minWords, shingleSize, naturalThreshold,
                start, meanGap, maxDuplicateDelay);
    }
}
