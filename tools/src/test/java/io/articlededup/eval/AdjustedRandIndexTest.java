package io.articlededup.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdjustedRandIndexTest {

    private static Map<String, String> labels(int... l) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < l.length; i++) {
            m.put("e" + i, "c" + l[i]);
        }
        return m;
    }

    @Test
    void textbookExample() {
        // contingency [[2,1,0],[0,1,2]]: index 2, expected 6*3/15 = 1.2, max 4.5 -> 0.8 / 3.3
        assertThat(AdjustedRandIndex.of(labels(0, 0, 0, 1, 1, 1), labels(0, 0, 1, 1, 2, 2)))
                .isCloseTo(0.8 / 3.3, within(1e-12));
    }

    @Test
    void handComputedExamples() {
        // identical partitions, labels renamed
        assertThat(AdjustedRandIndex.of(labels(0, 0, 1, 1), labels(1, 1, 0, 0))).isEqualTo(1.0);
        // index 1, expected 1*2/6, max 1.5 -> (2/3) / (7/6) = 4/7
        assertThat(AdjustedRandIndex.of(labels(0, 0, 1, 2), labels(0, 0, 1, 1))).isCloseTo(4.0 / 7, within(1e-12));
        // worse than chance: every true pair split, every predicted pair crosses -> -0.5
        assertThat(AdjustedRandIndex.of(labels(0, 0, 1, 1), labels(0, 1, 0, 1))).isCloseTo(-0.5, within(1e-12));
        // one cluster vs all singletons
        assertThat(AdjustedRandIndex.of(labels(0, 0, 0, 0), labels(0, 1, 2, 3))).isEqualTo(0.0);
    }

    @Test
    void degenerateAndMissingItems() {
        assertThat(AdjustedRandIndex.of(labels(0, 1, 2), labels(5, 6, 7))).isEqualTo(1.0);
        assertThat(AdjustedRandIndex.of(labels(0), labels(0))).isEqualTo(1.0);
        // items missing from the prediction are singletons: same as predicting 0,1,2,3
        assertThat(AdjustedRandIndex.of(labels(0, 0, 0, 0), Map.of())).isEqualTo(0.0);
    }
}
