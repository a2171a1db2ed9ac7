package io.articlededup.text.page;

import org.jsoup.nodes.Element;

/**
 * Where on the page the article's headline is. A page's {@code <h1>} that repeats its title (the
 * {@code og:title} or {@code <title>}, site name removed) heads the article; the article's paragraphs sit
 * within a few levels of it, while teaser grids, most-read lists and comment threads sit elsewhere. An
 * {@code <h1>} that does not repeat the title (a site's logo, a section name) anchors nothing.
 */
final class HeadlineAnchor {

    /** How far above the headline the article's container may start. */
    private static final int LEVELS = 4;
    /**
     * Text beside the headline, outside links, that the anchor must hold: a header of headline, byline
     * and picture caption is not yet the article's neighbourhood.
     */
    private static final int MIN_TEXT_CHARS = 300;
    /** A headline that is part of a longer title must still be a headline, not one word of it. */
    private static final int MIN_PART_WORDS = 4;

    private HeadlineAnchor() {
    }

    /**
     * The element around the headline that holds the article: its nearest ancestor with text of its
     * own beside the headline; null when no heading repeats the title or none is near enough.
     */
    static Element find(Element body, ElementStats stats, String title) {
        Element heading = headline(body, title);
        return heading == null ? null : around(heading, body, stats);
    }

    /** The page's {@code <h1>}, or else {@code <h2>}, that repeats the title; null when none does. */
    static Element headline(Element body, String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String wanted = normalise(title);
        for (String level : new String[] {"h1", "h2"}) {
            for (Element heading : body.getElementsByTag(level)) {
                if (repeats(normalise(heading.text()), wanted)) {
                    return heading;
                }
            }
        }
        return null;
    }

    /** Whether {@code el} is within the anchor (the anchor itself included). */
    static boolean holds(Element anchor, Element el, Element body) {
        if (anchor == null) {
            return false;
        }
        for (Element a = el; a != null; a = a.parent()) {
            if (a == anchor) {
                return true;
            }
            if (a == body) {
                return false;
            }
        }
        return false;
    }

    private static Element around(Element heading, Element body, ElementStats stats) {
        int own = stats.get(heading).chars;
        Element a = heading;
        for (int i = 0; i < LEVELS && a != body && a.parent() != null; i++) {
            a = a.parent();
            ElementStats.Stat st = stats.get(a);
            if (st.chars - st.linkChars - own >= MIN_TEXT_CHARS) {
                return a;
            }
        }
        return null;
    }

    private static boolean repeats(String heading, String title) {
        if (heading.isEmpty()) {
            return false;
        }
        return heading.equals(title)
                || title.contains(heading) && heading.split(" ").length >= MIN_PART_WORDS;
    }

    private static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
