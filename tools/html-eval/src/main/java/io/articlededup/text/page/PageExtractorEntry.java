package io.articlededup.text.page;

/** The published text of a page (title, then paragraphs), as the evaluation scores it. */
public final class PageExtractorEntry {
    private PageExtractorEntry() {
    }

    public static String extractText(String html, String url) {
        ExtractedArticlePage page = MainTextExtractor.extract(html, url);
        StringBuilder sb = new StringBuilder();
        if (page.metadata().title() != null) {
            sb.append(page.metadata().title()).append('\n');
        }
        for (String p : page.paragraphs()) {
            sb.append(p).append('\n');
        }
        return sb.toString();
    }
}
