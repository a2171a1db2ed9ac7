package io.articlededup.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks hard negatives: for an anchor story, a different story of the same corpus and topic
 * ({@link SourceDoc#group()}) with the highest word-set Jaccard among up to {@value #CANDIDATES} candidates
 * that are in no natural duplicate group (so their word-5-shingle Jaccard with every other document is below
 * the natural threshold: genuinely different stories that share form and vocabulary).
 */
final class HardNegatives {

    static final int CANDIDATES = 200;

    private final List<SourceDoc> docs;
    private final Map<String, List<Integer>> poolByGroup = new HashMap<>();
    private final Map<Integer, long[]> wordSets = new HashMap<>();

    /** @param pool unused single documents, in (shuffled) preference order */
    HardNegatives(List<SourceDoc> docs, List<Integer> pool) {
        this.docs = docs;
        for (int i : pool) {
            poolByGroup.computeIfAbsent(docs.get(i).group(), g -> new ArrayList<>()).add(i);
        }
    }

    /** The partner for {@code anchor}, removed from the pool; -1 when its group has no unused document left. */
    int partnerFor(int anchor) {
        List<Integer> pool = poolByGroup.get(docs.get(anchor).group());
        if (pool == null || pool.isEmpty()) {
            return -1;
        }
        long[] a = words(anchor);
        int best = -1;
        double bestSim = -1;
        for (int c = 0; c < Math.min(CANDIDATES, pool.size()); c++) {
            double sim = TextKeys.jaccard(a, words(pool.get(c)));
            if (sim > bestSim) {
                bestSim = sim;
                best = c;
            }
        }
        return pool.remove(best);
    }

    private long[] words(int i) {
        return wordSets.computeIfAbsent(i, x -> TextKeys.shingleHashes(TextKeys.words(docs.get(x).paragraphs()), 1));
    }
}
