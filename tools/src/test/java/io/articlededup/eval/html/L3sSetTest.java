package io.articlededup.eval.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class L3sSetTest {

    @Test
    void aNestedLabelledSpanCountsItsWordsOnceUnderItsOwnLabel() {
        L3sSet.Gold gold = L3sSet.parseGold("<html><body><div>"
                + "<span class=\"x-nc-sel2\">The council met on Tuesday "
                + "<span class=\"x-nc-sel2\">and approved the lane.</span></span></div>"
                + "<p><span class=\"x-nc-sel0\">Related: "
                + "<span class=\"x-nc-sel4\">Another story</span></span></p>"
                + "<p><span class=\"x-nc-sel2\">Visible <span class=\"x-nc-invisible\">hidden</span> words.</span></p>"
                + "</body></html>");

        assertThat(gold.blocks()).extracting(L3sSet.Block::label).containsExactly(2, 0, 4, 2);
        assertThat(gold.blocks().get(0).text()).isEqualTo("The council met on Tuesday and approved the lane.");
        assertThat(gold.blocks().get(1).text()).isEqualTo("Related:");
        assertThat(gold.blocks().get(2).text()).isEqualTo("Another story");
        assertThat(gold.blocks().get(3).text()).isEqualTo("Visible words.");
    }
}
