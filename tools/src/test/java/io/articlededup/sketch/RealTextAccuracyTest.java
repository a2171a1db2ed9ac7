package io.articlededup.sketch;

import io.articlededup.eval.Corpora;
import io.articlededup.eval.SourceDoc;
import io.articlededup.eval.TextEdits;
import io.articlededup.testdata.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Estimates against exact Jaccard on pairs of real BBC articles: seeded edits at many levels (so J covers
 * 0.2..1) and random real pairs (J ~ 0). Reads ../shared/data in place; skipped visibly when absent.
 * Writes target/sketch-report/accuracy.txt.
 */
class RealTextAccuracyTest {
    private static List<SourceDoc> bbc;

    @BeforeAll
    static void load() {
        Path data = SharedData.dir();
        assumeTrue(Files.isDirectory(data.resolve("bbc")), "BBC corpus not found at " + data.resolve("bbc")
                + " (research-use data, read in place from ../shared/data); skipping real-text accuracy tests");
        bbc = Corpora.bbc(data).stream().filter(a -> a.paragraphs().size() >= 3).toList();
    }

    record Pair(List<String> a, List<String> b) {
    }

    static List<Pair> pairs(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SourceDoc a = bbc.get(rnd.nextInt(bbc.size()));
            List<String> donor = bbc.get(rnd.nextInt(bbc.size())).paragraphs();
            List<String> b = switch (i % 5) {
                case 0 -> donor; // a different real story
                case 1 -> TextEdits.replaceWords(a.paragraphs(), rnd.nextDouble() * 0.3, donor, rnd);
                case 2 -> TextEdits.trimTail(TextEdits.newIntroAndByline(a.paragraphs(), donor), 0.5 + rnd.nextDouble() * 0.5);
                case 3 -> TextEdits.dropWords(TextEdits.addParagraph(a.paragraphs(), donor.get(rnd.nextInt(donor.size())), 0, rnd), rnd.nextDouble() * 0.1, rnd);
                default -> TextEdits.replaceWords(TextEdits.dropParagraph(a.paragraphs(), rnd), rnd.nextDouble() * 0.08, donor, rnd);
            };
            out.add(new Pair(a.paragraphs(), b));
        }
        return out;
    }

    /** Accumulates errors and standardised errors z = (est - J) / sd(J). */
    static final class Errors {
        final String name;
        double sumAbs;
        double maxAbs;
        double sumZ2;
        int over3;
        int n;
        int nz;

        Errors(String name) {
            this.name = name;
        }

        void add(double est, double exact, double sd) {
            double err = Math.abs(est - exact);
            sumAbs += err;
            maxAbs = Math.max(maxAbs, err);
            n++;
            if (exact > 0.02 && exact < 0.98) {
                double z = err / sd;
                sumZ2 += z * z;
                nz++;
                if (z > 3) {
                    over3++;
                }
            }
        }

        double mae() {
            return sumAbs / n;
        }

        double meanZ2() {
            return sumZ2 / nz;
        }

        double over3Share() {
            return (double) over3 / nz;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-34s pairs=%d MAE=%.4f max=%.4f mean z^2=%.2f |z|>3: %.2f%%", name, n,
                    mae(), maxAbs, meanZ2(), 100 * over3Share());
        }
    }

    static double sdFull(double j, int k) {
        return Math.sqrt(j * (1 - j) / k);
    }

    static double sdCompact(double j, int k, int bits) {
        double c = Math.pow(2, -bits);
        double p = j + (1 - j) * c;
        return Math.sqrt(p * (1 - p) / k) / (1 - c);
    }

    @Test
    void estimatesMatchExactJaccardWithinTheory() throws IOException {
        List<Pair> pairs = pairs(1500, 11);
        StringBuilder report = new StringBuilder();
        for (int k : new int[] {64, 128}) {
            SketchConfig d = SketchConfig.defaults();
            ArticleSketcher sk = new ArticleSketcher(new SketchConfig(d.mode(), d.shingleSize(), k, 16, k / 16, d.seed()));
            Errors full = new Errors("k=" + k + " full signature");
            Errors[] compact = {new Errors("k=" + k + " compact 2-bit"), new Errors("k=" + k + " compact 4-bit"),
                new Errors("k=" + k + " compact 8-bit")};
            int[] widths = {2, 4, 8};
            for (Pair p : pairs) {
                long[] sa = sk.shingles(p.a());
                long[] sb = sk.shingles(p.b());
                double exact = Similarity.exactJaccard(sa, sb);
                ArticleSketch a = sk.sketchShingles(sa);
                ArticleSketch b = sk.sketchShingles(sb);
                full.add(Similarity.estimate(a.signature(), b.signature()), exact, sdFull(exact, k));
                for (int w = 0; w < widths.length; w++) {
                    compact[w].add(Similarity.estimateCompact(a.compact(widths[w]), b.compact(widths[w])), exact,
                            sdCompact(exact, k, widths[w]));
                }
            }
            report.append(full).append('\n');
            for (Errors e : compact) {
                report.append(e).append('\n');
            }
            // theory: sd = sqrt(J(1-J)/k) <= 0.0625 at k=64, so MAE (~0.8 sd, averaged over J) well under 0.05
            assertThat(full.mae()).isLessThan(k == 64 ? 0.04 : 0.03);
            assertThat(full.meanZ2()).as("mean squared standardised error ~ 1 if sd ~ sqrt(J(1-J)/k)").isBetween(0.6, 1.4);
            assertThat(full.over3Share()).isLessThan(0.01);
            assertThat(full.maxAbs).isLessThan(5 * 0.5 / Math.sqrt(k));
            for (Errors e : compact) {
                assertThat(e.meanZ2()).as(e.name).isBetween(0.6, 1.4);
                assertThat(e.over3Share()).as(e.name).isLessThan(0.015);
            }
            assertThat(compact[0].mae()).isLessThan(k == 64 ? 0.06 : 0.045);
        }
        Path dir = Path.of("target", "sketch-report");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("accuracy.txt"), report);
        System.out.print(report);
    }

    @Test
    void observedCandidateRateFollowsTheSCurve() throws IOException {
        SketchConfig config = SketchConfig.defaults();
        ArticleSketcher sk = new ArticleSketcher(config);
        SplittableRandom rnd = new SplittableRandom(23);
        int bins = 10;
        int[] count = new int[bins];
        int[] hits = new int[bins];
        double[] predicted = new double[bins];
        for (int i = 0; i < 4000; i++) {
            SourceDoc a = bbc.get(rnd.nextInt(bbc.size()));
            List<String> donor = bbc.get(rnd.nextInt(bbc.size())).paragraphs();
            List<String> b = TextEdits.replaceWords(a.paragraphs(), rnd.nextDouble() * 0.35, donor, rnd);
            long[] sa = sk.shingles(a.paragraphs());
            long[] sb = sk.shingles(b);
            double j = Similarity.exactJaccard(sa, sb);
            long[] ba = sk.sketchShingles(sa).bandHashes();
            long[] bb = sk.sketchShingles(sb).bandHashes();
            boolean candidate = false;
            for (int band = 0; band < ba.length; band++) {
                candidate |= ba[band] == bb[band];
            }
            int bin = Math.min(bins - 1, (int) (j * bins));
            count[bin]++;
            hits[bin] += candidate ? 1 : 0;
            predicted[bin] += config.candidateProbability(j);
        }
        StringBuilder report = new StringBuilder("J bin      pairs  observed  predicted (16x4)\n");
        for (int bin = 0; bin < bins; bin++) {
            if (count[bin] == 0) {
                continue;
            }
            double obs = (double) hits[bin] / count[bin];
            double pred = predicted[bin] / count[bin];
            report.append(String.format(Locale.ROOT, "[%.1f,%.1f)  %5d  %.3f     %.3f%n", bin / 10.0, (bin + 1) / 10.0,
                    count[bin], obs, pred));
            if (count[bin] >= 100) {
                // binomial sd <= 0.05 at 100 pairs; allow a little model error on top
                assertThat(obs).as("candidate rate for J in bin %d", bin).isCloseTo(pred,
                        org.assertj.core.api.Assertions.within(0.08));
            }
        }
        Path dir = Path.of("target", "sketch-report");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("candidate-rate.txt"), report);
        System.out.print(report);
    }
}
