package io.articlededup.eval.html;

import org.jsoup.Jsoup;

/**
 * Baseline: all visible text of the body, one line per block. Its recall is the ceiling any
 * extractor working from the DOM text can reach; its precision shows how much boilerplate a page has.
 */
public final class RawTextExtractor implements PageExtractor {

    @Override
    public String name() {
        return "raw-text";
    }

    @Override
    public String extract(String html, String url) {
        return BlockText.of(Jsoup.parse(html, url).body());
    }
}
