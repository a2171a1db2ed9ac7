package io.articlededup.eval.html;

/**
 * A main-text extractor under evaluation.
 *
 * <p>Implementations return plain text with paragraphs separated by {@code "\n"}; every scorer in
 * this harness works on plain text, so extractors that produce HTML must convert it first.
 */
public interface PageExtractor {

    /** Short stable name, used on the command line, in reports and in dump folder names. */
    String name();

    /** Extracts the main text of a decoded page. May throw; the runner counts that as a failure. */
    String extract(String html, String url) throws Exception;

    /**
     * The same with the headline kept or left out, for extractors that report the title apart from
     * the body; the others return what {@link #extract(String, String)} does.
     */
    default String extract(String html, String url, boolean headline) throws Exception {
        return extract(html, url);
    }
}
