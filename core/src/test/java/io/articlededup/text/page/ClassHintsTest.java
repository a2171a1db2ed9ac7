package io.articlededup.text.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassHintsTest {

    private static Element div(String cls) {
        return new Element("div").attr("class", cls);
    }

    @Test
    void aPageBuildersLayoutNamesSayNothingOfTheBlock() {
        assertThat(ClassHints.unlikely(div("elementor-widget-wrap elementor-element-populated"))).isFalse();
        assertThat(ClassHints.weight(div("elementor-widget-container"))).isZero();
        assertThat(ClassHints.unlikely(div("elementor-widget-sidebar"))).isTrue();
    }

    @Test
    void aFurnitureWordInsideAnotherWordIsNoHint() {
        assertThat(ClassHints.unlikely(div("apageroot__sectionwrapper"))).isFalse();
        assertThat(ClassHints.unlikely(div("pager"))).isTrue();
        assertThat(ClassHints.unlikely(div("c-pager__next"))).isTrue();
    }
}
