package io.articlededup.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {

    @Test
    void splitsOnBlankLinesAndSingleNewlinesOfAnyKind() {
        String body = "First one.\r\n\r\nSecond one.\nThird one.\rFourth one.\u2028Fifth.\u2029Sixth.\n\n\n  Seventh.  ";
        assertThat(ParagraphSplitter.split(body))
                .containsExactly("First one.", "Second one.", "Third one.", "Fourth one.", "Fifth.", "Sixth.", "Seventh.");
        assertThat(ParagraphSplitter.split("One\u000BTwo\u000CThree\u0085Four\r"))
                .containsExactly("One", "Two", "Three", "Four");
    }

    @Test
    void dropsWhitespaceOnlyLinesIncludingNbspAndZeroWidth() {
        assertThat(ParagraphSplitter.split("\n \u00A0 \n\u200B\nText\u00A0\n\t\n")).containsExactly("Text");
        assertThat(ParagraphSplitter.split("")).isEmpty();
        assertThat(ParagraphSplitter.split(null)).isEmpty();
    }

    @Test
    void keepsTheInsideOfAParagraphUntouched() {
        assertThat(ParagraphSplitter.split("  Two  spaces\tand a tab stay.\n")).containsExactly("Two  spaces\tand a tab stay.");
    }

    @Test
    void splitsTheSeedIntoItsThirtyOneLines() {
        assertThat(ParagraphSplitter.split(TestData.resource("seed/scraped-article-rafah.txt"))).hasSize(31);
    }
}
