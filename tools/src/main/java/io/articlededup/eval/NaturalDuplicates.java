package io.articlededup.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the natural duplicates already present in base corpora: documents whose exact word-k-shingle Jaccard
 * similarity (body paragraphs) is at least a threshold are joined (transitively, union-find) into one group.
 *
 * <p>All-pairs comparison would be quadratic, so this uses an inverted index on shingle hashes with prefix
 * filtering: each document's shingles are ordered by global document frequency (rarest first), and only its
 * first {@code |A| - ceil(t * |A|) + 1} shingles are indexed and probed. Two sets with Jaccard at least
 * {@code t} always share a shingle within those prefixes, so no qualifying pair is missed; candidates are
 * then verified with the exact Jaccard, after a size filter ({@code t * |A| <= |B|}).
 */
public final class NaturalDuplicates {

    /** Groups of size two or more, as indexes into the input list, each sorted, in order of first member. */
    public record Result(List<List<Integer>> groups, int candidatePairs, int verifiedPairs) {
        /** Group index of every document (-1 when it is in no group). */
        public int[] groupOf(int size) {
            int[] g = new int[size];
            Arrays.fill(g, -1);
            for (int i = 0; i < groups.size(); i++) {
                for (int d : groups.get(i)) {
                    g[d] = i;
                }
            }
            return g;
        }
    }

    private NaturalDuplicates() {
    }

    /**
     * @param docs        documents to group
     * @param k           shingle size in words
     * @param threshold   minimum Jaccard to join two documents
     */
    public static Result find(List<SourceDoc> docs, int k, double threshold) {
        int n = docs.size();
        long[][] hashes = new long[n][];
        int total = 0;
        for (int i = 0; i < n; i++) {
            hashes[i] = TextKeys.shingleHashes(TextKeys.words(docs.get(i).paragraphs()), k);
            total += hashes[i].length;
        }
        // distinct hashes (sorted) and their document frequency
        long[] all = new long[total];
        int t = 0;
        for (long[] h : hashes) {
            System.arraycopy(h, 0, all, t, h.length);
            t += h.length;
        }
        Arrays.sort(all);
        int distinct = 0;
        int[] df = new int[total];
        for (int i = 0; i < total; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
            df[distinct - 1]++;
        }
        long[] hashAt = Arrays.copyOf(all, distinct);
        // global token order: rarest first (ties by hash); a document becomes its sorted array of token ranks
        long[] order = new long[distinct];
        for (int r = 0; r < distinct; r++) {
            order[r] = ((long) df[r] << 32) | r;
        }
        Arrays.sort(order);
        int[] rank = new int[distinct];
        for (int pos = 0; pos < distinct; pos++) {
            rank[(int) order[pos]] = pos;
        }
        int[][] sets = new int[n][];
        for (int i = 0; i < n; i++) {
            int[] s = new int[hashes[i].length];
            for (int j = 0; j < s.length; j++) {
                s[j] = rank[Arrays.binarySearch(hashAt, hashes[i][j])];
            }
            Arrays.sort(s);
            sets[i] = s;
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        List<List<Integer>> index = new ArrayList<>(Collections.nCopies(distinct, null));
        int candidates = 0;
        int verified = 0;
        int[] seenBy = new int[n];
        Arrays.fill(seenBy, -1);
        for (int i = 0; i < n; i++) {
            int[] set = sets[i];
            if (set.length == 0) {
                continue;
            }
            int prefix = set.length - (int) Math.ceil(threshold * set.length - 1e-9) + 1;
            prefix = Math.min(Math.max(prefix, 1), set.length);
            for (int p = 0; p < prefix; p++) {
                List<Integer> posting = index.get(set[p]);
                if (posting == null) {
                    continue;
                }
                for (int other : posting) {
                    if (seenBy[other] == i) {
                        continue;
                    }
                    seenBy[other] = i;
                    int small = Math.min(set.length, sets[other].length);
                    int large = Math.max(set.length, sets[other].length);
                    if (small < threshold * large - 1e-9) {
                        continue;
                    }
                    candidates++;
                    if (jaccard(set, sets[other]) >= threshold) {
                        verified++;
                        union(parent, i, other);
                    }
                }
            }
            for (int p = 0; p < prefix; p++) {
                if (index.get(set[p]) == null) {
                    index.set(set[p], new ArrayList<>(2));
                }
                index.get(set[p]).add(i);
            }
        }
        return new Result(groups(parent), candidates, verified);
    }

    /** {@code result} with the groups known in advance (indexes, e.g. the BBC exact-duplicate list) joined in. */
    public static Result merge(Result result, int size, List<List<Integer>> extraGroups) {
        int[] parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
        for (List<Integer> g : result.groups()) {
            for (int j = 1; j < g.size(); j++) {
                union(parent, g.get(0), g.get(j));
            }
        }
        for (List<Integer> g : extraGroups) {
            for (int j = 1; j < g.size(); j++) {
                union(parent, g.get(0), g.get(j));
            }
        }
        return new Result(groups(parent), result.candidatePairs(), result.verifiedPairs());
    }

    private static List<List<Integer>> groups(int[] parent) {
        int n = parent.length;
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), x -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (List<Integer> g : byRoot.values()) {
            if (g.size() > 1) {
                groups.add(List.copyOf(g));
            }
        }
        return List.copyOf(groups);
    }

    static double jaccard(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int inter = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                inter++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return inter / (double) (a.length + b.length - inter);
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
