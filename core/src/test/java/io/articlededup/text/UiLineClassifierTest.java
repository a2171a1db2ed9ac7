package io.articlededup.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UiLineClassifierTest {

    private final UiLineClassifier ui = new UiLineClassifier();

    @Test
    void pageChromeIsRecognised() {
        List<String> chrome = List.of(
                "comments", "Share", "Advertisement", "ADVERTISEMENT", "12 Comments", "Comments (3)", "Read more",
                "Read more »", "Share this article", "Follow us on Twitter", "Sign up", "Sign up for our newsletter",
                "Subscribe", "Subscribe now", "Print", "Email", "E-mail", "Tweet", "Skip to content",
                "Skip to main content", "Related", "Related Articles", "Image caption", "Loading...", "Loading…",
                "Click here", "Back to top", "Listen", "Listen to this article", "Facebook Twitter LinkedIn Email Print",
                "Share on Facebook", "Share on X", "Share this story", "Leave a comment", "Be the first to comment",
                "View comments", "Show more", "Continue reading", "Watch the video", "Photo: Reuters",
                "Most read", "Top stories", "3 min read", "1.2k shares", "|", "•", "* * *",
                "Kommentare", "Partager", "Compartir", "Publicidad", "Anzeige", "Werbung", "Lire la suite",
                "Leer más", "Weiterlesen", "Publicité", "Teilen", "Commentaires (12)");
        assertThat(chrome).allSatisfy(line -> assertThat(ui.isUiLine(line)).as(line).isTrue());
    }

    @Test
    void shortRealParagraphsAreKept() {
        List<String> prose = List.of(
                "Share prices fell.", "Yes.", "No.", "He declined to comment.", "Comments were closed by the judge.",
                "Related stories are below the fold of the main report on Tuesday.", "Print media is dying.",
                "Email remains the main channel.", "Subscribers pay $10 a month.", "Advertising revenue rose 4%.",
                "Follow the money.", "Read the full statement here: https://example.org/statement",
                "More than 1 million Palestinians are sheltering in Rafah.", "Watch this space.", "Listen, he said.",
                "It is time.", "That's all.", "Why?", "Thank you.", "2024", "March 25, 2024",
                "The share of women in the workforce rose.", "Video games are art.", "Sign of the times.",
                "What comes next for the Senate?", "Home prices rose 3.1% in October.",
                "Les commentaires sont fermés.", "Die Anzeige wurde zurückgezogen.",
                "By John Smith", "Reuters");
        assertThat(prose).allSatisfy(line -> assertThat(ui.isUiLine(line)).as(line).isFalse());
    }

    @Test
    void longLinesAreNeverChromeEvenIfMadeOfVocabulary() {
        String shareBarDump = "Share Share Share Share Share Share Share Share Share Share Share Share Share Share";
        assertThat(ui.isUiLine(shareBarDump)).isFalse();
        assertThat(ui.isUiLine("Read more about this in the story below and share it with your friends today")).isFalse();
    }

    @Test
    void blankIsChromeBecauseItCarriesNoText() {
        assertThat(ui.isUiLine("")).isTrue();
        assertThat(ui.isUiLine(" \u00A0 ")).isTrue();
        assertThat(ui.isUiLine(null)).isTrue();
    }

    @Test
    void normalisationAppliesBeforeTheVocabulary() {
        assertThat(ui.isUiLine("ＳＨＡＲＥ")).isTrue();
        assertThat(ui.isUiLine("\u00A0Comments\u200B (3)\u00A0")).isTrue();
    }
}
