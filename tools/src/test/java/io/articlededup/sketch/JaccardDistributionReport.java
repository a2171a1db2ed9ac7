package io.articlededup.sketch;

import io.articlededup.eval.Corpora;
import io.articlededup.eval.SourceDoc;
import io.articlededup.eval.TextEdits;
import io.articlededup.testdata.SharedData;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures exact Jaccard of word shingles (sizes 3, 4, 5) for near-duplicate pairs made by seeded edits
 * of real BBC articles, and for pairs of different real stories (random, same topic, nearest neighbour in
 * the same topic; Reuters nearest neighbours). Writes {@code target/sketch-report/jaccard-distributions.txt},
 * and checks the separation the near-duplicate threshold relies on: at every shingle size, a lightly edited
 * copy (2% of words replaced) is far more similar than the 99th percentile of random pairs and than the
 * median nearest same-topic neighbour, and random pairs share almost nothing.
 * Tagged slow: run with {@code ./mvnw -q -pl tools -am test -Dtest=JaccardDistributionReport
 * -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("slow")
class JaccardDistributionReport {

    private static final int[] SIZES = {3, 4, 5};

    @Test
    void report() throws IOException {
        Path data = SharedData.dir();
        assumeTrue(Files.isDirectory(data.resolve("bbc")), "BBC corpus not found at " + data.resolve("bbc")
                + " (research-use data, read in place from ../shared/data); skipping");
        List<SourceDoc> bbc = Corpora.bbc(data).stream().filter(a -> a.paragraphs().size() >= 3).toList();
        StringBuilder out = new StringBuilder();
        SoftAssertions separation = new SoftAssertions();
        out.append("BBC articles: ").append(bbc.size()).append('\n');
        Map<String, BiFunction<SourceDoc, SplittableRandom, List<String>>> edits = new java.util.LinkedHashMap<>();
        SplittableRandom pick = new SplittableRandom(7);
        edits.put("copy edits: replace 2% of words", (a, r) -> TextEdits.replaceWords(a.paragraphs(), 0.02, donor(bbc, r), r));
        edits.put("copy edits: replace 5% of words", (a, r) -> TextEdits.replaceWords(a.paragraphs(), 0.05, donor(bbc, r), r));
        edits.put("copy edits: replace 10% of words", (a, r) -> TextEdits.replaceWords(a.paragraphs(), 0.10, donor(bbc, r), r));
        edits.put("copy edits: drop 3% of words", (a, r) -> TextEdits.dropWords(a.paragraphs(), 0.03, r));
        edits.put("new intro + byline", (a, r) -> TextEdits.newIntroAndByline(a.paragraphs(), donor(bbc, r)));
        edits.put("trimmed tail: keep 80% of paragraphs", (a, r) -> TextEdits.trimTail(a.paragraphs(), 0.8));
        edits.put("trimmed tail: keep 60% of paragraphs", (a, r) -> TextEdits.trimTail(a.paragraphs(), 0.6));
        edits.put("one paragraph dropped", (a, r) -> TextEdits.dropParagraph(a.paragraphs(), r));
        edits.put("one paragraph added", (a, r) -> TextEdits.addParagraph(a.paragraphs(), pickOne(donor(bbc, r), r), 0, r));
        edits.put("syndicated: intro+byline, keep 80%, 3% words replaced", (a, r) -> TextEdits.replaceWords(
                TextEdits.trimTail(TextEdits.newIntroAndByline(a.paragraphs(), donor(bbc, r)), 0.8), 0.03, donor(bbc, r), r));

        for (int size : SIZES) {
            ArticleSketcher sk = new ArticleSketcher(new SketchConfig(ShingleMode.WORDS, size, 128, 16, 8, 1L));
            out.append("\n== word ").append(size).append("-shingles ==\n");
            double lightEditMedian = Double.NaN;
            for (var e : edits.entrySet()) {
                SplittableRandom rnd = new SplittableRandom(size * 1000L + e.getKey().hashCode());
                double[] js = new double[400];
                for (int i = 0; i < js.length; i++) {
                    SourceDoc a = bbc.get(rnd.nextInt(bbc.size()));
                    js[i] = Similarity.exactJaccard(sk.shingles(a.paragraphs()), sk.shingles(e.getValue().apply(a, rnd)));
                }
                out.append(String.format(Locale.ROOT, "near-dup  %-55s %s%n", e.getKey(), Stats.summary(js)));
                if (Double.isNaN(lightEditMedian)) {
                    lightEditMedian = median(js);
                }
            }
            long[][] sets = new long[bbc.size()][];
            for (int i = 0; i < bbc.size(); i++) {
                sets[i] = distinctSorted(sk.shingles(bbc.get(i).paragraphs()));
            }
            SplittableRandom rnd = new SplittableRandom(size);
            double[] random = new double[4000];
            double[] sameTopic = new double[4000];
            for (int i = 0; i < random.length; i++) {
                int a = rnd.nextInt(bbc.size());
                int b = rnd.nextInt(bbc.size());
                random[i] = Similarity.exactJaccard(sets[a], sets[b]);
                int c = rnd.nextInt(bbc.size());
                int d;
                do {
                    d = rnd.nextInt(bbc.size());
                } while (!bbc.get(d).group().equals(bbc.get(c).group()) || d == c);
                sameTopic[i] = Similarity.exactJaccard(sets[c], sets[d]);
            }
            out.append(String.format(Locale.ROOT, "different random pair (BBC)                              %s%n",
                    Stats.summary(random)));
            out.append(String.format(Locale.ROOT, "different same-topic pair (BBC)                          %s%n",
                    Stats.summary(sameTopic)));
            // nearest other article in the same topic, excluding pairs with J = 1 (natural exact duplicates)
            double[] nearest = new double[bbc.size()];
            List<String> top = new ArrayList<>();
            for (int i = 0; i < bbc.size(); i++) {
                double best = 0;
                int bestJ = -1;
                for (int j = 0; j < bbc.size(); j++) {
                    if (j != i && bbc.get(j).group().equals(bbc.get(i).group())) {
                        double s = Similarity.exactJaccard(sets[i], sets[j]);
                        if (s < 1.0 && s > best) {
                            best = s;
                            bestJ = j;
                        }
                    }
                }
                nearest[i] = best;
                if (best >= 0.1 && bestJ > i) {
                    top.add(String.format(Locale.ROOT, "  J=%.3f %s | %s  <->  %s | %s", best, bbc.get(i).docId(),
                            bbc.get(i).title(), bbc.get(bestJ).docId(), bbc.get(bestJ).title()));
                }
            }
            out.append(String.format(Locale.ROOT, "nearest same-topic neighbour, J<1 (BBC)                  %s%n",
                    Stats.summary(nearest)));
            double randomP99 = Stats.quantile(sorted(random), 0.99);
            separation.assertThat(lightEditMedian).as("median J of a 2%%-edited copy, word %d-shingles", size)
                    .isGreaterThan(0.5).isGreaterThan(4 * randomP99).isGreaterThan(2 * median(nearest));
            separation.assertThat(randomP99).as("p99 J of random pairs, word %d-shingles", size).isLessThan(0.1);
            top.sort(null);
            out.append("  BBC nearest-neighbour pairs with 0.1 <= J < 1:\n");
            top.forEach(s -> out.append(s).append('\n'));
        }

        if (Files.isDirectory(data.resolve("reuters21578"))) {
            reuters(data, out);
        } else {
            out.append("\nReuters not found at ").append(data.resolve("reuters21578")).append(", skipped\n");
        }
        Path dir = Path.of("target", "sketch-report");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("jaccard-distributions.txt"), out);
        System.out.println(out);
        separation.assertAll();
    }

    private static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static double median(double[] values) {
        return Stats.quantile(sorted(values), 0.5);
    }

    /** Reuters: distribution of exact J over candidate pairs of a loose LSH (32 bands x 2 rows). */
    private static void reuters(Path data, StringBuilder out) {
        List<SourceDoc> all = Corpora.reuters(data, Integer.MAX_VALUE).stream().filter(a -> a.wordCount() >= 50).toList();
        ArticleSketcher sk = new ArticleSketcher(new SketchConfig(ShingleMode.WORDS, 5, 64, 32, 2, 1L));
        long[][] sets = new long[all.size()][];
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            long[] sh = sk.shingles(all.get(i).paragraphs());
            sets[i] = distinctSorted(sh);
            long[] bands = sk.sketchShingles(sh).bandHashes();
            for (int b = 0; b < bands.length; b++) {
                buckets.computeIfAbsent(bands[b] * 31 + b, x -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> seen = new HashSet<>();
        List<Double> js = new ArrayList<>();
        int exact = 0;
        List<String> examples = new ArrayList<>();
        for (List<Integer> bucket : buckets.values()) {
            if (bucket.size() > 200) {
                continue;
            }
            for (int x = 0; x < bucket.size(); x++) {
                for (int y = x + 1; y < bucket.size(); y++) {
                    int i = bucket.get(x);
                    int j = bucket.get(y);
                    if (!seen.add((long) Math.min(i, j) << 32 | Math.max(i, j))) {
                        continue;
                    }
                    double s = Similarity.exactJaccard(sets[i], sets[j]);
                    if (s >= 1.0) {
                        exact++;
                        continue;
                    }
                    js.add(s);
                    if (s >= 0.2 && examples.size() < 4000) {
                        examples.add(String.format(Locale.ROOT, "  J=%.3f %s | %s  <->  %s | %s", s, all.get(i).docId(),
                                all.get(i).title(), all.get(j).docId(), all.get(j).title()));
                    }
                }
            }
        }
        double[] arr = js.stream().mapToDouble(Double::doubleValue).toArray();
        for (int size : SIZES) {
            ArticleSketcher sized = new ArticleSketcher(new SketchConfig(ShingleMode.WORDS, size, 64, 32, 2, 1L));
            for (String topic : List.of("earn", "acq", "crude", "trade", "money-fx")) {
                List<long[]> inTopic = all.stream().filter(a -> a.group().equals("reuters/" + topic))
                        .map(a -> distinctSorted(sized.shingles(a.paragraphs()))).toList();
                SplittableRandom rnd = new SplittableRandom(size);
                double[] pairJ = new double[3000];
                int n = 0;
                while (n < pairJ.length) {
                    long[] a = inTopic.get(rnd.nextInt(inTopic.size()));
                    long[] b = inTopic.get(rnd.nextInt(inTopic.size()));
                    double s = Similarity.exactJaccard(a, b);
                    if (a != b && s < 1.0) {
                        pairJ[n++] = s;
                    }
                }
                double[] sorted = pairJ.clone();
                Arrays.sort(sorted);
                out.append(String.format(Locale.ROOT, "Reuters same-topic random pair, topic %-9s word %d-shingles %s p99=%.3f%n",
                        topic, size, Stats.summary(pairJ), Stats.quantile(sorted, 0.99)));
            }
        }
        out.append("\n== Reuters-21578 (").append(all.size()).append(" records with >= 50 words), word 5-shingles ==\n");
        out.append("exact duplicate pairs (J=1): ").append(exact).append('\n');
        out.append("candidate pairs of a loose LSH (32x2), J<1: ").append(Stats.summary(arr)).append('\n');
        int[] hist = new int[10];
        for (double s : arr) {
            hist[Math.min(9, (int) (s * 10))]++;
        }
        for (int i = 0; i < 10; i++) {
            out.append(String.format(Locale.ROOT, "  J in [%.1f, %.1f): %d%n", i / 10.0, (i + 1) / 10.0, hist[i]));
        }
        examples.sort(null);
        out.append("  sample of pairs with J >= 0.2 (every 25th, sorted by J):\n");
        for (int i = 0; i < examples.size(); i += 25) {
            out.append(examples.get(i)).append('\n');
        }
    }

    private static List<String> donor(List<SourceDoc> bbc, SplittableRandom r) {
        return bbc.get(r.nextInt(bbc.size())).paragraphs();
    }

    private static String pickOne(List<String> paragraphs, SplittableRandom r) {
        return paragraphs.get(r.nextInt(paragraphs.size()));
    }

    static long[] distinctSorted(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return Arrays.stream(s).distinct().toArray();
    }
}
