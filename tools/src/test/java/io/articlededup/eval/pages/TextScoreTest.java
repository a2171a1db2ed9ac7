package io.articlededup.eval.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextScoreTest {

    static final StoryText STORY = new StoryText("Bridge closes", List.of("The old bridge closes in spring.",
            "Traffic will use the ring road."));

    @Test
    void theStoryAsPublishedScoresOneWhateverTheCaseAndPunctuation() {
        TextScore s = new TextScore();
        double f1 = s.add(STORY, "BRIDGE CLOSES!", List.of("The old bridge closes in spring", "Traffic will use the ring road"));

        assertThat(f1).isEqualTo(1.0);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void furnitureCostsPrecisionAndADroppedParagraphCostsRecall() {
        TextScore s = new TextScore();
        // 14 story words; 12 published: 8 of the story's and 4 of the furniture
        s.add(STORY, "Bridge closes", List.of("The old bridge closes in spring.", "Share this article now"));

        assertThat(s.precision()).isCloseTo(8 / 12.0, within(1e-9));
        assertThat(s.recall()).isCloseTo(8 / 14.0, within(1e-9));
        assertThat(s.f1()).isCloseTo(2 * (8 / 12.0) * (8 / 14.0) / (8 / 12.0 + 8 / 14.0), within(1e-9));
    }

    @Test
    void wordsAreSummedOverArticlesSoALongArticleWeighsMore() {
        TextScore s = new TextScore();
        s.add(STORY, "Bridge closes", List.of("The old bridge closes in spring.", "Traffic will use the ring road."));
        s.add(new StoryText("Short", List.of("One two three.")), "", List.of());

        // 14 of 14 and 0 of 4 story words published; nothing foreign
        assertThat(s.recall()).isCloseTo(14 / 18.0, within(1e-9));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.articles()).isEqualTo(2);
    }

    @Test
    void aRepeatedWordCountsOnlyAsOftenAsTheStoryHasIt() {
        TextScore s = new TextScore();
        s.add(new StoryText("", List.of("news news")), "", List.of("news news news news"));

        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(1.0);
    }
}
