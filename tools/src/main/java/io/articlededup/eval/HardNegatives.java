package io.articlededup.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks hard negatives: for an anchor story, a different story of the same corpus and topic
 * ({@link SourceDoc#group()}) with the highest word-set Jaccard among up to {@value #CANDIDATES} candidates
 * that are in no natural duplicate group (so their word-5-shingle Jaccard with every other document is below
 * the natural threshold: genuinely different stories that share form and vocabulary). To keep out other
 * versions of the anchor's own story, a candidate with the same headline (normalised words) or a word-5-shingle
 * Jaccard of {@value #MAX_SHINGLE_JACCARD} or more with the anchor is passed over. Only documents with a topic
 * (a 3-part docId: BBC, Reuters) get hard negatives, and not the Reuters records without topic ({@code none}).
 */
final class HardNegatives {

    static final int CANDIDATES = 200;
    static final double MAX_SHINGLE_JACCARD = 0.1;

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
        SourceDoc ad = docs.get(anchor);
        List<Integer> pool = poolByGroup.get(ad.group());
        if (pool == null || pool.isEmpty() || ad.group().split("/").length < 2 || ad.group().endsWith("/none")) {
            return -1;
        }
        long[] a = words(anchor);
        long[] as = TextKeys.shingleHashes(TextKeys.words(ad.paragraphs()), 5);
        String title = TextKeys.paragraphKey(ad.title());
        int best = -1;
        double bestSim = -1;
        for (int c = 0; c < Math.min(CANDIDATES, pool.size()); c++) {
            SourceDoc cd = docs.get(pool.get(c));
            if (TextKeys.paragraphKey(cd.title()).equals(title)
                    || TextKeys.jaccard(as, TextKeys.shingleHashes(TextKeys.words(cd.paragraphs()), 5))
                    >= MAX_SHINGLE_JACCARD) {
                continue;
            }
            double sim = TextKeys.jaccard(a, words(pool.get(c)));
            if (sim > bestSim) {
                bestSim = sim;
                best = c;
            }
        }
        return best < 0 ? -1 : pool.remove(best);
    }

    private long[] words(int i) {
        return wordSets.computeIfAbsent(i, x -> TextKeys.shingleHashes(TextKeys.words(docs.get(x).paragraphs()), 1));
    }
}
