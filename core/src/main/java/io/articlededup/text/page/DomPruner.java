package io.articlededup.text.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes from a page what can never be article text: scripts and media, form controls, hidden
 * elements, and (when asked) the containers whose names or roles mark them as furniture.
 */
final class DomPruner {

    /** Elements that never hold the article's words; {@code rt} and {@code rp} are ruby readings (furigana) over them. */
    static final Set<String> NEVER_TEXT = Set.of(
            "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
            "canvas", "select", "option", "datalist", "textarea", "button", "input", "audio", "video", "map",
            "link", "meta", "base", "dialog", "frameset", "frame", "applet", "picture", "source", "track",
            "rt", "rp");

    /** Elements that hold page furniture by their HTML meaning alone. */
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu");
    /** Share of the page's paragraph text above which a container is the article, whatever its name. */
    private static final double BULK_SHARE = 0.5;
    private static final int MIN_NAMED_BODY_CHARS = 100;
    /** Mean length of a paragraph of running prose, at least: captions and form notes are shorter. */
    private static final int PROSE_PARAGRAPH_CHARS = 60;

    private DomPruner() {
    }

    /** What pruning left: the page's measures after the removals, and whether the name hints removed anything. */
    record Pruned(ElementStats stats, boolean hintsRemoved) {
    }

    /**
     * @param byHints also remove elements whose class, id or role names furniture; a page whose
     *     article sits in a container with such a name is read again without this
     * @return the measures of what is left, and whether the hints removed anything: if not, a reading
     *     without them would be the same
     */
    static Pruned prune(Element body, boolean byHints) {
        // measured before anything is removed: the bulk rule and the headline test ask about whole subtrees
        ElementStats stats = ElementStats.of(body);
        Bulk bulk = new Bulk(body, stats);
        Set<Element> namedBody = byHints ? namedBodyAndAncestors(body, stats) : Set.of();
        List<Element> doomed = new ArrayList<>();
        boolean[] byHintsOnly = {false};
        // a pre-order walk that does not descend into removed subtrees
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (el != body && removable(el, byHints, stats)
                        && !(byHints && (bulk.holds(el) || keepsNamedBody(el, namedBody, stats)))) {
                    doomed.add(el);
                    byHintsOnly[0] |= byHints && !removable(el, false, stats);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        for (Element el : doomed) {
            stats.detach(el);
            el.remove();
        }
        return new Pruned(stats, byHintsOnly[0]);
    }

    private static boolean removable(Element el, boolean byHints, ElementStats stats) {
        String tag = el.normalName();
        if (NEVER_TEXT.contains(tag) || hidden(el, stats)) {
            return true;
        }
        if (!byHints) {
            return false;
        }
        if (FURNITURE_TAGS.contains(tag)) {
            return !holdsHeadline(el, stats);
        }
        if (tag.equals("a") || tag.equals("body") || tag.equals("article") || tag.equals("main")) {
            return false;
        }
        return ClassHints.unlikely(el) && !holdsHeadline(el, stats);
    }

    /**
     * A site that names its article's wrapper "sidebar-content" or "widget" must not lose the article:
     * a container holding more than half of the page's paragraph text stays. Comments are never the
     * article however much of the page they fill, nor are the consent banners and login dialogs laid
     * over it; and so that a long thread under a short story does not make the story's container look
     * small, a container of prose (paragraphs of sentence length) holding more than half of the
     * paragraph text outside the comments stays too. The comments are measured only once a container
     * asks.
     */
    private static final class Bulk {
        private final Element body;
        private final ElementStats stats;
        private double threshold = -1;
        private double proseThreshold = -1;

        Bulk(Element body, ElementStats stats) {
            this.body = body;
            this.stats = stats;
        }

        boolean holds(Element el) {
            if (NEVER_TEXT.contains(el.normalName()) || hidden(el, stats) || ClassHints.comments(el)
                    || ClassHints.overlay(el)) {
                return false;
            }
            ElementStats.Stat st = stats.get(el);
            if (threshold < 0) {
                threshold = stats.get(body).paragraphChars * BULK_SHARE;
            }
            if (threshold > 0 && st.paragraphChars > threshold) {
                return true;
            }
            if (st.paragraphChars == 0 || st.paragraphChars < PROSE_PARAGRAPH_CHARS * st.textParagraphs) {
                return false;
            }
            if (proseThreshold < 0) {
                proseThreshold = (stats.get(body).paragraphChars - commentChars()) * BULK_SHARE;
            }
            return proseThreshold > 0 && st.paragraphChars > proseThreshold;
        }

        /** Paragraph characters inside the outermost comment containers. */
        private int commentChars() {
            int chars = 0;
            List<Element> stack = new ArrayList<>(body.children());
            while (!stack.isEmpty()) {
                Element el = stack.remove(stack.size() - 1);
                if (NEVER_TEXT.contains(el.normalName())) {
                    continue;
                }
                if (ClassHints.comments(el)) {
                    chars += stats.get(el).paragraphChars;
                } else {
                    stack.addAll(el.children());
                }
            }
            return chars;
        }
    }

    /**
     * The element the page names as its article's body, the longest of them, and its ancestors: a wrapper
     * named "widget" around a short "post-content" is the article's, not furniture, even when a long comment
     * thread below outweighs the story. Empty when no such element holds text.
     */
    private static Set<Element> namedBodyAndAncestors(Element body, ElementStats stats) {
        Element best = null;
        int bestChars = MIN_NAMED_BODY_CHARS - 1;
        for (Element el : body.getAllElements()) {
            if (ClassHints.namesArticleBody(el) && !ClassHints.comments(el)) {
                ElementStats.Stat st = stats.get(el);
                if (st.chars > bestChars && st.linkDensity() < 0.5) {
                    best = el;
                    bestChars = st.chars;
                }
            }
        }
        if (best == null) {
            return Set.of();
        }
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element el = best; el != null && el != body; el = el.parent()) {
            out.add(el);
        }
        // and the wrappers inside it that hold most of its text ("widget-container"), not its share bar
        for (Element el = best; el != null; ) {
            Element next = null;
            for (Element child : el.children()) {
                if (stats.get(child).chars * 2 > bestChars) {
                    next = child;
                    out.add(child);
                }
            }
            el = next;
        }
        return out;
    }

    private static boolean keepsNamedBody(Element el, Set<Element> namedBody, ElementStats stats) {
        return namedBody.contains(el) && !hidden(el, stats) && !ClassHints.comments(el) && !ClassHints.overlay(el);
    }

    private static boolean holdsHeadline(Element el, ElementStats stats) {
        ElementStats.Stat st = stats.get(el);
        return st.headlines > 0 && st.paragraphs > 0;
    }

    private static boolean hidden(Element el, ElementStats stats) {
        if (el.hasAttr("hidden")) {
            return true;
        }
        String style = el.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) {
                return true;
            }
        }
        return "true".equals(el.attr("aria-hidden")) && stats.get(el).paragraphs == 0;
    }
}
