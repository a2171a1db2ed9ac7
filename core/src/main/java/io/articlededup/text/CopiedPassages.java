package io.articlededup.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the paragraphs that belong to a second copy of a passage: a scraper that captures a body two or
 * three times, or a page whose markup holds the article twice, says the same run of paragraphs again in
 * the same order. A paragraph said again on its own, between paragraphs that differ, is not a copy: an
 * interview asks each guest the same question, a meal plan repeats "Eat every 2-3 hours" under every
 * meal, a spec sheet repeats its labels. Those stay.
 *
 * <p>A paragraph at position {@code i} equal to the one {@code d} paragraphs before it opens a run on
 * that diagonal: the stretch of paragraphs around it that equal the paragraph {@code d} before them, one
 * differing paragraph at a time allowed inside (a changed byline, a corrected sentence) between pairs of
 * matching ones, where the copies are at least {@link #MIN_GAPPED_DISTANCE} apart. The run is a copy when
 * it is a paragraph doubled in place, holds {@link #LONG_RUN} paragraphs or {@link #COPY_CHARS} characters,
 * or matches two paragraphs whose text is at least half of the {@code d} paragraphs before it (most of
 * what came since the earlier copy began is said again). In an interview the repeated questions are single
 * short lines between answers that differ; in a body captured twice they are all of it.
 */
final class CopiedPassages {

    /**
     * Earlier occurrences of a paragraph tried, nearest first: a copy of a long interview is one body back,
     * but its questions came once per guest since.
     */
    private static final int MAX_OCCURRENCES = 32;
    /**
     * A run of this many paragraphs said again in order is a copy whatever came between the two: a short
     * body captured twice around a long footer is still captured twice.
     */
    private static final int LONG_RUN = 4;
    /**
     * A run of this much text said again is a copy wherever it sits, a single paragraph too: interviews
     * and lists repeat their questions and labels, not their paragraphs.
     */
    private static final int COPY_CHARS = 200;
    /** Bounds a run's extension so a page of one line repeated costs O(n) per occurrence, not O(n^2). */
    private static final int MAX_RUN = 256;
    /** Below this distance a differing paragraph ends the run: "Meal 1, Eat every 2-3 hours, Meal 2" is no copy. */
    private static final int MIN_GAPPED_DISTANCE = 4;

    private CopiedPassages() {
    }

    /**
     * @param keys normalised paragraphs
     * @param skip positions that take no part (empty keys, UI lines): they are removed anyway, and a
     *     "Comments" line between two copies of a body must not break the copy
     * @param echo positions that say again part of the text before them without being an exact repeat
     *     (a body captured again with other paragraph breaks): they match on every diagonal
     * @return for every position, whether it belongs to a later copy of an earlier passage
     */
    static boolean[] find(String[] keys, boolean[] skip, boolean[] echo) {
        int[] positions = new int[keys.length];
        int m = 0;
        for (int i = 0; i < keys.length; i++) {
            if (!skip[i]) {
                positions[m++] = i;
            }
        }
        int[] ids = new int[m];
        boolean[] wildcard = new boolean[m];
        long[] weightBefore = new long[m + 1];
        Map<String, Integer> idOf = new HashMap<>();
        for (int p = 0; p < m; p++) {
            String key = keys[positions[p]];
            ids[p] = idOf.computeIfAbsent(key, k -> idOf.size());
            wildcard[p] = echo[positions[p]];
            weightBefore[p + 1] = weightBefore[p] + key.length();
        }
        // ids are numbered in order of first sight, so a list indexed by id holds each one's positions
        List<List<Integer>> seenAt = new ArrayList<>();
        boolean[] copy = new boolean[keys.length];
        for (int p = 0; p < m; p++) {
            if (ids[p] == seenAt.size()) {
                seenAt.add(new ArrayList<>());
            }
            List<Integer> earlier = seenAt.get(ids[p]);
            for (int o = earlier.size() - 1; o >= 0 && o >= earlier.size() - MAX_OCCURRENCES; o--) {
                if (inCopiedRun(ids, wildcard, weightBefore, p, p - earlier.get(o))) {
                    copy[positions[p]] = true;
                    break;
                }
            }
            earlier.add(p);
        }
        return copy;
    }

    private static boolean inCopiedRun(int[] ids, boolean[] wildcard, long[] weightBefore, int p, int d) {
        Reach back = reach(ids, wildcard, weightBefore, p, d, -1);
        Reach ahead = reach(ids, wildcard, weightBefore, p, d, 1);
        int matched = 1 + back.matched + ahead.matched;
        long matchedWeight = weightBefore[p + 1] - weightBefore[p] + back.weight + ahead.weight;
        int start = back.farthest;
        long sinceEarlierCopy = weightBefore[start] - weightBefore[Math.max(0, start - d)];
        return d == 1 || matched >= LONG_RUN || matchedWeight >= COPY_CHARS
                || matched >= 2 && 2 * matchedWeight >= sinceEarlierCopy;
    }

    /** How far the run through {@code p} on diagonal {@code d} goes one way: paragraphs, text, last index. */
    private record Reach(int matched, long weight, int farthest) {
    }

    private static Reach reach(int[] ids, boolean[] wildcard, long[] weightBefore, int p, int d, int step) {
        boolean gapsAllowed = d >= MIN_GAPPED_DISTANCE;
        int matched = 0;
        long weight = 0;
        int farthest = p;
        for (int k = p + step; k >= 0 && k < ids.length && Math.abs(k - p) <= MAX_RUN; k += step) {
            if (!matches(ids, wildcard, k, d)) {
                // one differing paragraph is crossed only into two matching ones: an alternation of
                // matches and differences (a label under every item) is no run
                int next = k + step;
                int after = k + 2 * step;
                if (!gapsAllowed || after < 0 || after >= ids.length || !matches(ids, wildcard, next, d)
                        || !matches(ids, wildcard, after, d)) {
                    break;
                }
                continue;
            }
            weight += weightBefore[k + 1] - weightBefore[k];
            matched++;
            farthest = k;
        }
        return new Reach(matched, weight, farthest);
    }

    private static boolean matches(int[] ids, boolean[] wildcard, int k, int d) {
        return wildcard[k] || (k >= d && ids[k] == ids[k - d]);
    }
}
