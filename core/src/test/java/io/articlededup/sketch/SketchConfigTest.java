package io.articlededup.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SketchConfigTest {

    @Test
    void defaultsAreValidAndDocumented() {
        SketchConfig c = SketchConfig.defaults();
        assertThat(c.mode()).isEqualTo(ShingleMode.WORDS);
        assertThat(c.shingleSize()).isEqualTo(4);
        assertThat(c.numHashes()).isEqualTo(64);
        assertThat(c.bands() * c.rows()).isEqualTo(c.numHashes());
        assertThat(c.threshold()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void bandsTimesRowsMustEqualNumHashes() {
        assertThatThrownBy(() -> new SketchConfig(ShingleMode.WORDS, 4, 64, 10, 4, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bands * rows must equal numHashes, but 10 * 4 = 40 != 64");
    }

    @Test
    void validationMessagesNameTheField() {
        assertThatThrownBy(() -> new SketchConfig(null, 4, 64, 16, 4, 1)).hasMessage("mode must not be null");
        assertThatThrownBy(() -> new SketchConfig(ShingleMode.WORDS, 0, 64, 16, 4, 1))
                .hasMessage("shingleSize must be in 1..32, was 0");
        assertThatThrownBy(() -> new SketchConfig(ShingleMode.WORDS, 4, 0, 16, 4, 1))
                .hasMessage("numHashes must be in 1..4096, was 0");
        assertThatThrownBy(() -> new SketchConfig(ShingleMode.WORDS, 4, 64, 0, 4, 1))
                .hasMessage("bands must be >= 1, was 0");
        assertThatThrownBy(() -> new SketchConfig(ShingleMode.WORDS, 4, 64, 16, -1, 1))
                .hasMessage("rows must be >= 1, was -1");
    }

    @Test
    void sCurveMath() {
        SketchConfig c = new SketchConfig(ShingleMode.WORDS, 4, 128, 32, 4, 1);
        assertThat(c.threshold()).isCloseTo(Math.pow(1 / 32.0, 0.25), within(1e-12));
        // 1 - (1 - 0.5^4)^32
        assertThat(c.candidateProbability(0.5)).isCloseTo(1 - Math.pow(1 - 0.0625, 32), within(1e-12));
        assertThat(c.candidateProbability(0.0)).isZero();
        assertThat(c.candidateProbability(1.0)).isEqualTo(1.0);
        // monotone, and about 1/2 near the threshold (the midpoint approximation)
        double prev = -1;
        for (double j = 0; j <= 1.0; j += 0.05) {
            double p = c.candidateProbability(j);
            assertThat(p).isGreaterThanOrEqualTo(prev);
            prev = p;
        }
        assertThat(c.candidateProbability(c.threshold())).isBetween(0.55, 0.7);
        assertThatThrownBy(() -> c.candidateProbability(1.5)).hasMessage("jaccard must be in [0, 1], was 1.5");
    }

    @Test
    void formatVersionChangesWithEverythingThatChangesTheBytes() {
        SketchConfig base = new SketchConfig(ShingleMode.WORDS, 4, 64, 16, 4, 42);
        assertThat(base.formatVersion()).isEqualTo(new SketchConfig(ShingleMode.WORDS, 4, 64, 16, 4, 42).formatVersion());
        assertThat(base.formatVersion()).isNotNegative();
        assertThat(new SketchConfig(ShingleMode.WORDS, 4, 64, 16, 4, 43).formatVersion()).isNotEqualTo(base.formatVersion());
        assertThat(new SketchConfig(ShingleMode.CHARACTERS, 4, 64, 16, 4, 42).formatVersion()).isNotEqualTo(base.formatVersion());
        assertThat(new SketchConfig(ShingleMode.WORDS, 5, 64, 16, 4, 42).formatVersion()).isNotEqualTo(base.formatVersion());
        assertThat(new SketchConfig(ShingleMode.WORDS, 4, 64, 32, 2, 42).formatVersion()).isNotEqualTo(base.formatVersion());
        assertThat(new SketchConfig(ShingleMode.WORDS, 4, 128, 32, 4, 42).formatVersion()).isNotEqualTo(base.formatVersion());
    }

    @Test
    void formatVersionIsPinned() {
        // a change here means stored sketches are no longer comparable: bump ALGORITHM_VERSION knowingly
        assertThat(SketchConfig.defaults().formatVersion()).isEqualTo(PinnedValues.DEFAULT_FORMAT_VERSION);
    }
}
