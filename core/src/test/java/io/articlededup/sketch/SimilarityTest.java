package io.articlededup.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimilarityTest {

    @Test
    void estimateIsFractionOfEqualPositions() {
        assertThat(Similarity.estimate(new int[] {1, 2, 3, 4}, new int[] {1, 2, 0, 0})).isEqualTo(0.5);
        assertThatThrownBy(() -> Similarity.estimate(new int[2], new int[3]))
                .hasMessage("signatures differ in length: 2 vs 3");
    }

    @Test
    void exactJaccardIgnoresDuplicates() {
        assertThat(Similarity.exactJaccard(new long[] {1, 2, 2, 3}, new long[] {3, 2, 4})).isEqualTo(0.5);
        assertThat(Similarity.exactJaccard(new long[] {1}, new long[] {2})).isZero();
        assertThat(Similarity.exactJaccard(new long[0], new long[0])).isEqualTo(1.0);
        assertThat(Similarity.exactJaccard(new long[] {1}, new long[0])).isZero();
    }

    @Test
    void compactRoundTripKeepsLowBits() {
        SplittableRandom rnd = new SplittableRandom(3);
        int[] sig = rnd.ints(64).toArray();
        for (int bits : new int[] {1, 2, 4, 8, 16}) {
            byte[] c = CompactSketch.encode(sig, bits);
            assertThat(c).hasSize(3 + 64 * bits / 8);
            assertThat(CompactSketch.size(c)).isEqualTo(64);
            assertThat(CompactSketch.bits(c)).isEqualTo(bits);
            for (int i = 0; i < sig.length; i++) {
                assertThat(CompactSketch.value(c, i)).isEqualTo(sig[i] & ((1 << bits) - 1));
            }
        }
        // odd k: padding bits must not count as values
        assertThat(CompactSketch.encode(new int[5], 1)).hasSize(4);
        assertThat(CompactSketch.size(CompactSketch.encode(new int[5], 1))).isEqualTo(5);
    }

    @Test
    void defaultCompactSizeFitsTheBudget() {
        ArticleSketch s = new ArticleSketcher(SketchConfig.defaults()).sketch(ArticleSketcherTest.TEXT);
        assertThat(s.compact()).hasSize(19);
        assertThat(CompactSketch.bits(s.compact())).isEqualTo(CompactSketch.DEFAULT_BITS);
    }

    @Test
    void compactEstimateIsCorrectedForChanceCollisions() {
        SplittableRandom rnd = new SplittableRandom(5);
        int k = 4096;
        int[] a = rnd.ints(k).toArray();
        int[] b = a.clone();
        for (int i = 0; i < k; i++) {
            if (i % 10 >= 6) {
                b[i] = rnd.nextInt(); // 60% equal positions
            }
        }
        for (int bits : new int[] {1, 2, 4, 8, 16}) {
            double est = Similarity.estimateCompact(CompactSketch.encode(a, bits), CompactSketch.encode(b, bits));
            assertThat(est).as("%d bits", bits).isCloseTo(0.6, within(0.05));
            assertThat(Similarity.estimateCompact(CompactSketch.encode(a, bits), CompactSketch.encode(a, bits))).isEqualTo(1.0);
        }
        // unrelated sketches: uncorrected match rate would be 2^-b; corrected it is ~0 (clamped)
        int[] c = rnd.ints(k).toArray();
        assertThat(Similarity.estimateCompact(CompactSketch.encode(a, 2), CompactSketch.encode(c, 2))).isLessThan(0.03);
    }

    @Test
    void compactShapeMismatchIsRejected() {
        assertThatThrownBy(() -> Similarity.estimateCompact(CompactSketch.encode(new int[64], 2), CompactSketch.encode(new int[64], 4)))
                .hasMessage("compact sketches differ in shape: 64x2 bits vs 64x4 bits");
        assertThatThrownBy(() -> Similarity.estimateCompact(new byte[] {2, 0}, new byte[] {2, 0}))
                .hasMessage("not a compact sketch: too short");
        assertThatThrownBy(() -> CompactSketch.encode(new int[4], 3)).hasMessage("bits must be 1, 2, 4, 8 or 16, was 3");
    }
}
