package io.articlededup.sketch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleSketcherTest {
    static final List<String> TEXT = List.of(
            "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn for the three months to December.",
            "The firm, which is now one of the biggest investors in Google, benefited from sales of high-speed "
                    + "internet connections and higher advert sales.");

    private final ArticleSketcher sketcher = new ArticleSketcher(SketchConfig.defaults());

    @Test
    void deterministicAcrossInstances() {
        ArticleSketch a = sketcher.sketch(TEXT);
        ArticleSketch b = new ArticleSketcher(SketchConfig.defaults()).sketch(List.copyOf(TEXT));
        assertThat(a).isEqualTo(b);
        assertThat(a.signature()).hasSize(64);
        assertThat(a.bandHashes()).hasSize(16);
        assertThat(Similarity.estimate(a.signature(), b.signature())).isEqualTo(1.0);
        assertThat(a.compact()).isEqualTo(b.compact());
    }

    @Test
    void pinnedAcrossJvmsAndVersions() {
        ArticleSketch s = sketcher.sketch(TEXT);
        assertThat(Arrays.copyOf(s.signature(), 4)).containsExactly(PinnedValues.FIRST_SIGNATURE_VALUES);
        assertThat(s.bandHashes()[0]).isEqualTo(PinnedValues.FIRST_BAND_HASH);
    }

    @Test
    void seedChangesEverything() {
        SketchConfig d = SketchConfig.defaults();
        ArticleSketcher other = new ArticleSketcher(new SketchConfig(d.mode(), d.shingleSize(), d.numHashes(),
                d.bands(), d.rows(), d.seed() + 1));
        ArticleSketch a = sketcher.sketch(TEXT);
        ArticleSketch b = other.sketch(TEXT);
        assertThat(Similarity.estimate(a.signature(), b.signature())).isLessThan(0.2);
        assertThat(Arrays.stream(a.bandHashes()).filter(h -> Arrays.stream(b.bandHashes()).anyMatch(g -> g == h))).isEmpty();
        // but each seed is deterministic by itself
        assertThat(other.sketch(TEXT)).isEqualTo(b);
    }

    @Test
    void paragraphSplitCaseWidthAndPunctuationDoNotMatter() {
        ArticleSketch a = sketcher.sketch(TEXT);
        ArticleSketch b = sketcher.sketch(List.of(String.join("\n", TEXT).toUpperCase(java.util.Locale.ROOT)
                .replace(",", " ,  ").replace("TIMEWARNER", "ＴＩＭＥＷＡＲＮＥＲ")));
        assertThat(b).isEqualTo(a);
    }

    @Test
    void bandHashesDependOnBandIndex() {
        // a signature whose bands all hold the same values still gets distinct band hashes
        int[] same = new int[64];
        long[] bands = new LshBands(16, 4, 1).bandHashes(same);
        assertThat(Arrays.stream(bands).distinct().count()).isEqualTo(16);
    }

    @Test
    void emptyArticleHasDocumentedSentinelSketch() {
        ArticleSketch empty = sketcher.sketch(List.of());
        ArticleSketch punctuationOnly = sketcher.sketch(List.of("  ", "-- * --", ""));
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.shingleCount()).isZero();
        assertThat(empty.signature()).hasSize(64).containsOnly(Integer.MAX_VALUE);
        assertThat(empty.bandHashes()).hasSize(16);
        // every empty article has the same sketch: callers must skip the near-duplicate stage for them
        assertThat(punctuationOnly).isEqualTo(empty);
        ArticleSketch real = sketcher.sketch(TEXT);
        assertThat(Similarity.estimate(empty.signature(), real.signature())).isZero();
        assertThat(Similarity.estimateCompact(empty.compact(), real.compact())).isLessThan(0.3);
    }

    @Test
    void tinyArticleGetsOneShingleOfAllTokens() {
        ArticleSketch tiny = sketcher.sketch(List.of("Breaking news"));
        assertThat(tiny.shingleCount()).isEqualTo(1);
        assertThat(tiny.isEmpty()).isFalse();
        assertThat(sketcher.sketch(List.of("breaking  NEWS!"))).isEqualTo(tiny);
        ArticleSketch other = sketcher.sketch(List.of("Breaking sport"));
        assertThat(Similarity.estimate(tiny.signature(), other.signature())).isZero();
        // densification fills every bin from the single shingle
        assertThat(Arrays.stream(tiny.signature()).distinct().count()).isEqualTo(1);
        assertThat(tiny.signature()[0]).isNotEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void shingleCountIsWindowPositions() {
        assertThat(sketcher.sketch(List.of("one two three four five six")).shingleCount()).isEqualTo(3);
        assertThat(sketcher.shingles(List.of("one two three", "four five six"))).hasSize(3);
    }

    @Test
    void cjkAndThaiTextIsShingledByCharacters() {
        List<String> chinese = List.of("国家统计局今天发布数据显示，今年前三季度国内生产总值同比增长百分之五。",
                "专家表示，经济运行总体平稳。");
        List<String> japanese = List.of("東京都は今日、新しい交通計画を発表しました。");
        List<String> thai = List.of("กรุงเทพมหานครประกาศแผนการจราจรใหม่ในวันนี้");
        List<String> korean = List.of("서울시는 오늘 새로운 교통 계획을 발표했습니다.");
        assertThat(sketcher.usesCharacterShingles(chinese)).isTrue();
        assertThat(sketcher.usesCharacterShingles(japanese)).isTrue();
        assertThat(sketcher.usesCharacterShingles(thai)).isTrue();
        assertThat(sketcher.usesCharacterShingles(korean)).as("Korean is written with spaces").isFalse();
        assertThat(sketcher.usesCharacterShingles(TEXT)).isFalse();
        assertThat(sketcher.usesCharacterShingles(List.of("The Beijing office (北京) said so."))).isFalse();
        // one Chinese sentence = one "word", yet it gets many shingles and a meaningful similarity
        assertThat(sketcher.sketch(chinese).shingleCount()).isGreaterThan(30);
        ArticleSketch edited = sketcher.sketch(List.of("国家统计局今天发布数据显示，今年前三季度国内生产总值同比增长百分之五点二。",
                "专家表示，经济运行总体平稳。"));
        double j = Similarity.exactJaccard(sketcher.shingles(chinese), sketcher.shingles(List.of(
                "国家统计局今天发布数据显示，今年前三季度国内生产总值同比增长百分之五点二。", "专家表示，经济运行总体平稳。")));
        assertThat(j).isBetween(0.7, 0.99);
        assertThat(Similarity.estimate(sketcher.sketch(chinese).signature(), edited.signature())).isGreaterThan(0.5);
    }

    @Test
    void charactersModeAppliesToAnyScript() {
        SketchConfig d = SketchConfig.defaults();
        ArticleSketcher chars = new ArticleSketcher(new SketchConfig(ShingleMode.CHARACTERS, 5, 64, 16, 4, d.seed()));
        assertThat(chars.usesCharacterShingles(TEXT)).isTrue();
        // "one two" -> o n e | t w o : 7 elements, 3 windows of 5
        assertThat(chars.shingles(List.of("one two"))).hasSize(3);
        assertThat(chars.shingles(List.of("onetwo"))).hasSize(2);
    }
}
