package io.articlededup.eval.pages;

import io.articlededup.eval.BaseCorpus;
import java.nio.file.Path;
import java.util.List;

/** The html stream {@code eval --html} sends: templates from the page sets, stories from the text corpora. */
public final class HtmlEval {

    private HtmlEval() {
    }

    public static HtmlStream stream(Path dataDir, HtmlStreamBuilder.Spec spec) {
        Portals.Made made = Portals.choose(List.of(GoldPages.l3s(), GoldPages.aeb()), spec.portals());
        return new HtmlStreamBuilder(spec).build(BaseCorpus.load(dataDir), made);
    }
}
