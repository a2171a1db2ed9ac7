package io.articlededup.eval.html;

/**
 * The decoded page source, markup and all: the "raw HTML" ({@code everything}) row of
 * trafilatura's published table. Only useful as a sanity check that decoding and scoring here
 * reproduce that row.
 */
public final class RawHtmlExtractor implements PageExtractor {

    @Override
    public String name() {
        return "raw-html";
    }

    @Override
    public String extract(String html, String url) {
        return html;
    }
}
