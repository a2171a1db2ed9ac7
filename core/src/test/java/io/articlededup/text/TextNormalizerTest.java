package io.articlededup.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void foldsCaseAndCollapsesEveryKindOfWhitespace() {
        assertThat(TextNormalizer.normalize("  The\u00A0U.S.\t and\u2003Israel \n\n set  to\u200Bhold  "))
                .isEqualTo("the u.s. and israel set to hold");
        assertThat(TextNormalizer.normalize("line\u2028one\u2029two\r\nthree")).isEqualTo("line one two three");
    }

    @Test
    void nfkcFoldsCompatibilityForms() {
        assertThat(TextNormalizer.normalize("Ｆｕｌｌｗｉｄｔｈ １２３")).isEqualTo("fullwidth 123");
        assertThat(TextNormalizer.normalize("ﬁnancial ﬂows")).isEqualTo("financial flows");
        assertThat(TextNormalizer.normalize("Wait…")).isEqualTo("wait...");
        // Decomposed and precomposed accents are the same text.
        assertThat(TextNormalizer.normalize("Cafe\u0301")).isEqualTo(TextNormalizer.normalize("Café"));
    }

    @Test
    void unifiesQuotesAndDashes() {
        assertThat(TextNormalizer.normalize("“Netanyahu’s ‘save face’ plan” — 2024–25 «test»"))
                .isEqualTo("\"netanyahu's 'save face' plan\" - 2024-25 \"test\"");
        assertThat(TextNormalizer.normalize("Netanyahu's 'save face'"))
                .isEqualTo(TextNormalizer.normalize("Netanyahu’s ‘save face’"));
    }

    @Test
    void dropsInvisibleJoinersWithoutSplittingWords() {
        assertThat(TextNormalizer.normalize("hy\u00ADphen\u2060ated\uFEFF")).isEqualTo("hyphenated");
    }

    @Test
    void caseFoldIsFullAndLocaleIndependent() {
        assertThat(TextNormalizer.normalize("STRASSE")).isEqualTo(TextNormalizer.normalize("Straße"));
        assertThat(TextNormalizer.normalize("ΟΔΟΣ")).isEqualTo(TextNormalizer.normalize("οδός".replace('ό', 'ο')));
        Locale before = Locale.getDefault();
        try {
            // With a Turkish default locale String.toLowerCase() would map I to dotless ı; the key must not change.
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(TextNormalizer.normalize("ISTANBUL")).isEqualTo("istanbul");
            // Documented choice: dotted İ and dotless ı both fold to plain i, so all spellings share a key.
            assertThat(TextNormalizer.normalize("İstanbul")).isEqualTo("istanbul");
            assertThat(TextNormalizer.normalize("ıstanbul")).isEqualTo("istanbul");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void emptyAndNull() {
        assertThat(TextNormalizer.normalize(null)).isEmpty();
        assertThat(TextNormalizer.normalize(" \u00A0\u200B\n")).isEmpty();
    }

    @Test
    void asciiFastPathGivesWhatTheGeneralPathGives() {
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            char[] text = new char[random.nextInt(40) + 1];
            for (int i = 0; i < text.length; i++) {
                // every ASCII character, control characters and the backtick among them, spaces often
                text[i] = random.nextInt(4) == 0 ? ' ' : (char) random.nextInt(0x80);
            }
            String s = new String(text);
            assertThat(TextNormalizer.normalize(s)).as("%s", s.chars().boxed().toList())
                    .isEqualTo(TextNormalizer.normalizeUnicode(s));
        }
        assertThat(TextNormalizer.normalize("  Rafah `MEETING`\u001F\tUS ")).isEqualTo("rafah 'meeting' us");
    }
}
