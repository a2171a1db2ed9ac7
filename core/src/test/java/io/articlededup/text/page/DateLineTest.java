package io.articlededup.text.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateLineTest {

    private static final String STORY = "The council voted on Tuesday to close the old bridge, which has carried traffic "
            + "since 1931, for repairs.";

    @Test
    void datesTimesAndTheirLabelsInManyForms() {
        assertThat(DateLine.isDateLine("24.01.2022 11:38 Kategorie: News")).isTrue();
        assertThat(DateLine.isDateLine("Aktualisiert: 11.04.2020, 10:27")).isTrue();
        assertThat(DateLine.isDateLine("Verfasst von: mitundvoneinander | 31. Dezember 2008")).isTrue();
        assertThat(DateLine.isDateLine("Updated at 1:23 p.m.")).isTrue();
        assertThat(DateLine.isDateLine("January 8, 2008 By Dan Muse")).isTrue();
        assertThat(DateLine.isDateLine("2021-10-16 | Botschaft")).isTrue();
    }

    @Test
    void sentencesAndUndatedLinesAreNot() {
        assertThat(DateLine.isDateLine("The meeting was moved to 12.03.2024.")).isFalse();
        assertThat(DateLine.isDateLine("Angenehmes Raumklima")).isFalse();
        assertThat(DateLine.isDateLine(STORY)).isFalse();
    }

    @Test
    void onlyAtTheArticlesEdges() {
        List<PageBlock> blocks = new ArrayList<>();
        blocks.add(new PageBlock("Posted 12 May 2024, 10:15", "p", "/p"));
        for (int i = 0; i < 5; i++) {
            blocks.add(new PageBlock(STORY, "p", "/p"));
        }
        blocks.add(new PageBlock("2021-10-16 | Opening of the bridge", "p", "/p"));
        for (int i = 0; i < 5; i++) {
            blocks.add(new PageBlock(STORY, "p", "/p"));
        }
        blocks.add(new PageBlock("Aktualisiert am 17.01.2021", "p", "/p"));
        List<String> kept = DateLine.trimmed(blocks).stream().map(PageBlock::text).toList();
        assertThat(kept).hasSize(11).contains("2021-10-16 | Opening of the bridge")
                .doesNotContain("Posted 12 May 2024, 10:15", "Aktualisiert am 17.01.2021");
    }
}
