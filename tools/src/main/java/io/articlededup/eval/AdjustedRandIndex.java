package io.articlededup.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Adjusted Rand index (Hubert and Arabie, 1985) of two clusterings of the same items, given as item -> cluster
 * label. Items are those of {@code truthCluster}; an item missing from {@code predictedCluster} is a singleton.
 * 1 = identical partitions, about 0 = chance agreement, can be negative. When the index is undefined (both
 * partitions all singletons, or both one cluster) it is 1 if the partitions are equal, else 0.
 */
public final class AdjustedRandIndex {

    private AdjustedRandIndex() {
    }

    public static double of(Map<String, String> truthCluster, Map<String, String> predictedCluster) {
        Map<String, Long> a = new HashMap<>();
        Map<String, Long> b = new HashMap<>();
        Map<String, Long> cells = new HashMap<>();
        for (Map.Entry<String, String> e : truthCluster.entrySet()) {
            String t = e.getValue();
            String p = predictedCluster.get(e.getKey());
            if (p == null) {
                p = "\u0000singleton:" + e.getKey();
            }
            a.merge(t, 1L, Long::sum);
            b.merge(p, 1L, Long::sum);
            cells.merge(t.length() + ":" + t + "\u0001" + p, 1L, Long::sum);
        }
        long n = truthCluster.size();
        double index = sumPairs(cells);
        double sumA = sumPairs(a);
        double sumB = sumPairs(b);
        double total = pairs(n);
        if (total == 0) {
            return 1.0;
        }
        double expected = sumA * sumB / total;
        double max = (sumA + sumB) / 2;
        if (max == expected) {
            return index == max ? 1.0 : 0.0;
        }
        return (index - expected) / (max - expected);
    }

    private static double sumPairs(Map<String, Long> counts) {
        double s = 0;
        for (long c : counts.values()) {
            s += pairs(c);
        }
        return s;
    }

    private static double pairs(long c) {
        return c * (c - 1) / 2.0;
    }
}
