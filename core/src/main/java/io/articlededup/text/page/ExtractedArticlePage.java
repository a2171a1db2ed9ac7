package io.articlededup.text.page;

import java.util.ArrayList;
import java.util.List;

/** A page's metadata and its main text as blocks in reading order. */
public record ExtractedArticlePage(PageMetadata metadata, List<PageBlock> blocks) {
    public ExtractedArticlePage {
        blocks = List.copyOf(blocks);
    }

    public List<String> paragraphs() {
        List<String> out = new ArrayList<>(blocks.size());
        for (PageBlock b : blocks) {
            out.add(b.text());
        }
        return out;
    }
}
