package io.articlededup.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopiedPassagesTest {

    private static boolean[] copies(List<String> paragraphs) {
        String[] keys = paragraphs.stream().map(TextNormalizer::normalize).toArray(String[]::new);
        return CopiedPassages.find(keys, new boolean[keys.length], new boolean[keys.length]);
    }

    private static List<Integer> copied(List<String> paragraphs) {
        boolean[] c = copies(paragraphs);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < c.length; i++) {
            if (c[i]) {
                out.add(i);
            }
        }
        return out;
    }

    private static String sentence(int i) {
        return "Paragraph number " + i + " tells its own part of the story in a sentence of some length.";
    }

    @Test
    void aBodySaidTwiceIsACopyFromItsSecondStart() {
        List<String> page = new ArrayList<>();
        for (int copy = 0; copy < 2; copy++) {
            for (int i = 0; i < 6; i++) {
                page.add(sentence(i));
            }
        }
        assertThat(copied(page)).containsExactly(6, 7, 8, 9, 10, 11);
    }

    @Test
    void oneChangedParagraphInsideTheSecondCopyDoesNotBreakIt() {
        List<String> page = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            page.add(sentence(i));
        }
        for (int i = 0; i < 6; i++) {
            page.add(i == 2 ? "A corrected version of this one paragraph, reworded after the first scrape." : sentence(i));
        }
        assertThat(copied(page)).containsExactly(6, 7, 9, 10, 11);
    }

    @Test
    void aParagraphDoubledInPlaceIsACopy() {
        assertThat(copied(List.of(sentence(0), sentence(1), sentence(1), sentence(2)))).containsExactly(2);
    }

    @Test
    void questionsPutToEveryGuestAreNotCopies() {
        List<String> page = new ArrayList<>();
        for (int guest = 0; guest < 4; guest++) {
            page.add("Guest " + guest);
            page.add("What inspired you to start cooking?");
            page.add("Guest " + guest + " answers the first question at length, with a story about a grandmother and a kitchen.");
            page.add("Which cuisine do you like best?");
            page.add("Guest " + guest + " answers the second question with a list of dishes, places and a favourite market.");
        }
        assertThat(copied(page)).isEmpty();
    }

    @Test
    void aLabelUnderEveryItemIsNotACopy() {
        List<String> page = new ArrayList<>();
        for (int meal = 1; meal <= 4; meal++) {
            page.add("Meal " + meal);
            page.add("Eat every 2-3 hours");
        }
        assertThat(copied(page)).isEmpty();
    }

    @Test
    void aSecondCaptureWithOtherParagraphBreaksIsACopyThroughItsEchoes() {
        List<String> page = List.of(sentence(0) + " " + sentence(1), sentence(2), sentence(0), sentence(1), sentence(2));
        String[] keys = page.stream().map(TextNormalizer::normalize).toArray(String[]::new);
        boolean[] echo = {false, false, true, true, false};
        assertThat(CopiedPassages.find(keys, new boolean[keys.length], echo)[4]).isTrue();
        assertThat(CopiedPassages.find(keys, new boolean[keys.length], new boolean[keys.length])[4]).isFalse();
    }

    @Test
    void skippedLinesBetweenCopiesDoNotBreakThem() {
        List<String> page = List.of(sentence(0), sentence(1), "Comments", sentence(0), sentence(1));
        String[] keys = page.stream().map(TextNormalizer::normalize).toArray(String[]::new);
        boolean[] skip = {false, false, true, false, false};
        boolean[] c = CopiedPassages.find(keys, skip, new boolean[keys.length]);
        assertThat(c).containsExactly(false, false, false, true, true);
    }

    @Test
    void aPageOfOneLineRepeatedIsBoundedAndAllCopies() {
        List<String> page = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            page.add("Advertisement banner text");
        }
        boolean[] c = copies(page);
        assertThat(c[0]).isFalse();
        for (int i = 1; i < c.length; i++) {
            assertThat(c[i]).isTrue();
        }
    }
}
