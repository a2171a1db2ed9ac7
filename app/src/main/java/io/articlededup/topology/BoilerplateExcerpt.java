package io.articlededup.topology;

/**
 * The start of a paragraph (or of the block at a template position) that became a site's furniture, kept so
 * that {@code GET /sources/{source}/boilerplate} can show what it is: the sightings store holds only hashes.
 * Written once, when the entry reaches K stories, and deleted with its sightings, so a site keeps one per
 * furniture entry; it is never written for the ordinary paragraphs most sightings are.
 *
 * @param text     the first {@link #MAX_CHARS} characters (whole code points) of the text
 * @param template true for a template position, whose words change from page to page: the text is the
 *                 block that was there when the position crossed the threshold
 */
public record BoilerplateExcerpt(String text, boolean template) {
    public static final int MAX_CHARS = 200;

    static BoilerplateExcerpt of(String text, boolean template) {
        if (text.length() > MAX_CHARS) {
            int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
            text = text.substring(0, end);
        }
        return new BoilerplateExcerpt(text, template);
    }
}
