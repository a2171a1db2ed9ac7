package io.articlededup.text.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReaderAppealTest {

    private static final String STORY = "The council voted on Tuesday to close the old bridge, which has carried traffic "
            + "since 1931, for repairs that engineers say cannot wait another winter.";

    private static List<PageBlock> blocks(String... texts) {
        List<PageBlock> out = new ArrayList<>();
        for (String t : texts) {
            out.add(new PageBlock(t, "p", "/div/p"));
        }
        return out;
    }

    private static List<String> texts(List<PageBlock> blocks) {
        return blocks.stream().map(PageBlock::text).toList();
    }

    @Test
    void appealsToTheReaderInSeveralLanguages() {
        assertThat(ReaderAppeal.isAppeal("Follow The Gleaner on Twitter and Instagram @JamaicaGleaner")).isTrue();
        assertThat(ReaderAppeal.isAppeal("Subscribe now to our eNATION edition for the full story.")).isTrue();
        assertThat(ReaderAppeal.isAppeal("Lust auf mehr? Lass dir die besten Storys jede Woche schicken.")).isTrue();
        assertThat(ReaderAppeal.isAppeal("Síguenos en Telegram, Instagram, Facebook y Twitter")).isTrue();
        assertThat(ReaderAppeal.isAppeal("Facebook | Instagram")).isTrue();
        assertThat(ReaderAppeal.isAppeal("Ist dieser Beitrag hilfreich?")).isTrue();
        assertThat(ReaderAppeal.isAppeal("Was this article helpful?")).isTrue();
    }

    @Test
    void aStorysOwnSentencesAreNoAppeal() {
        assertThat(ReaderAppeal.isAppeal("The vet was glad to donate the supplies to the shelter.")).isFalse();
        assertThat(ReaderAppeal.isAppeal(STORY)).isFalse();
        // a long paragraph about a newsletter is the story's
        assertThat(ReaderAppeal.isAppeal(STORY + " " + STORY + " Its newsletter " + STORY)).isFalse();
    }

    @Test
    void theAppealsThatEndTheArticleGoWithTheLabelsAmongThem() {
        List<PageBlock> page = blocks(STORY, STORY, "Schon gelesen?", "Sign up for our morning newsletter.", "12 May 2024");
        assertThat(texts(ReaderAppeal.trimmed(page))).containsExactly(STORY, STORY);
    }

    @Test
    void anAppealInTheMiddleOfTheStoryStays() {
        List<PageBlock> page = blocks(STORY, "Sign up for our morning newsletter.", STORY);
        assertThat(ReaderAppeal.trimmed(page)).isEqualTo(page);
    }

    @Test
    void nothingGoesWhenTheAppealsWouldTakeMoreThanTheyLeave() {
        List<PageBlock> page = blocks("Short lead.", "Subscribe to our newsletter for the full story and much more every morning.");
        assertThat(ReaderAppeal.trimmed(page)).isEqualTo(page);
    }
}
