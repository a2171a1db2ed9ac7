package io.articlededup.text.page;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the article: each paragraph-like element gives points to its
 * ancestors (more for long, clause-rich text, less for link text), an element's own name adds or
 * takes points, and the best-scoring element, with those of its siblings that hold text of the same
 * kind, is the article. This is Readability's scheme, computed over precomputed {@link ElementStats}.
 */
final class ContentLocator {

    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int MIN_SHORT_LINES = 3;
    private static final int MAX_CLIMB = 8;
    /**
     * The article sits with its headline: a candidate in the headline's neighbourhood outweighs a teaser
     * grid of lead sentences elsewhere on the page that scores a little higher.
     */
    private static final double HEADLINE_BONUS = 1.3;
    /** Running text an element needs for its content name to count in full. */
    private static final int NAMED_CONTENT_CHARS = 250;
    /** What an ancestor adds must be mostly paragraph text, and little of it links, for the ancestor to be the article. */
    private static final double EXTRA_PROSE_SHARE = 0.7;
    private static final double EXTRA_LINK_SHARE = 0.25;
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "dd", "li", "section", "div",
            "article", "main", "font", "span", "center");
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em",
            "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
            "wbr", "br", "img", "del", "ins", "label", "nobr", "tt", "big", "strike");

    private final ElementStats stats;
    /**
     * In the order elements were first scored: of two that score alike the first is the article on every
     * reading (an identity map's order follows the objects' identity hashes, which differ run to run).
     */
    private final Map<Element, double[]> scores = new LinkedHashMap<>();
    /** Per parent: the link-free paragraphs shorter than a scored one, their characters and commas. */
    private final Map<Element, int[]> shortLines = new LinkedHashMap<>();
    /** Characters of low-link paragraph text under each element, at any depth. */
    private final Map<Element, int[]> good = new IdentityHashMap<>();

    private ContentLocator(ElementStats stats) {
        this.stats = stats;
    }

    /** The elements that hold the article, in document order; empty when the page has no paragraph text. */
    static List<Element> locate(Element body, ElementStats stats) {
        return locate(body, stats, null);
    }

    /** @param title the page's headline as its metadata gives it, or null */
    static List<Element> locate(Element body, ElementStats stats, String title) {
        return new ContentLocator(stats).run(body, HeadlineAnchor.find(body, stats, title));
    }

    private List<Element> run(Element body, Element anchor) {
        for (Element el : body.getAllElements()) {
            if (!PARAGRAPH_TAGS.contains(el.normalName())) {
                continue;
            }
            int own = inlineChars(el);
            ElementStats.Stat st = stats.get(el);
            if (own < MIN_PARAGRAPH_CHARS) {
                if (own > 0 && st.linkChars == 0 && el.normalName().equals("p") && el.parent() != null && hasLetter(el)) {
                    shortLines.computeIfAbsent(el.parent(), k -> new int[3]);
                    int[] run = shortLines.get(el.parent());
                    run[0]++;
                    run[1] += own;
                    run[2] += st.commas;
                }
                continue;
            }
            credit(el.parent(), own, st.commas, st.linkDensity(), body);
        }
        // a table or a list written as one short paragraph per line (an earnings statement, results,
        // verse) is text like a paragraph of the same length; a single short line is not
        for (Map.Entry<Element, int[]> run : shortLines.entrySet()) {
            int[] r = run.getValue();
            if (r[0] >= MIN_SHORT_LINES && r[1] >= MIN_PARAGRAPH_CHARS * 2) {
                credit(run.getKey(), r[1], r[2], 0, body);
            }
        }
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, double[]> e : scores.entrySet()) {
            double s = finalScore(e.getKey()) * (nearHeadline(anchor, e.getKey(), body) ? HEADLINE_BONUS : 1);
            if (s > best) {
                best = s;
                top = e.getKey();
            }
        }
        if (top == null) {
            return List.of();
        }
        top = climb(top, best, body);
        return withSiblings(top, finalScore(top));
    }

    // An article split into several containers, or led by a standfirst above its body, makes the best
    // element a part of it: an ancestor is the article when what it adds to the part is running text
    // rather than links. Wrappers that add nothing are passed through without being taken.
    private Element climb(Element top, double best, Element body) {
        Element current = top;
        Element probe = top;
        for (int level = 0; level < MAX_CLIMB && probe != body && probe.parent() != null; level++) {
            Element parent = probe.parent();
            ElementStats.Stat mine = stats.get(current);
            ElementStats.Stat theirs = stats.get(parent);
            int extraChars = theirs.chars - mine.chars;
            probe = parent;
            if (extraChars <= 0) {
                continue;
            }
            int extraGood = goodChars(parent) - goodChars(current);
            int extraLinks = theirs.linkChars - mine.linkChars;
            if (extraGood < EXTRA_PROSE_SHARE * extraChars || extraLinks > EXTRA_LINK_SHARE * extraChars
                    || ClassHints.negative(parent) || parent == body) {
                break;
            }
            current = parent;
        }
        return current;
    }

    // paragraphs, not one caption or standfirst, make an article beside its headline
    private boolean nearHeadline(Element anchor, Element el, Element body) {
        return stats.get(el).textParagraphs >= 2 && HeadlineAnchor.holds(anchor, el, body);
    }

    private int goodChars(Element el) {
        int[] g = good.get(el);
        return g == null ? 0 : g[0];
    }

    private List<Element> withSiblings(Element top, double topScore) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            ElementStats.Stat st = stats.get(sibling);
            boolean join = scores.containsKey(sibling) && finalScore(sibling) >= threshold
                    && ClassHints.weight(sibling) >= 0;
            if (!join && sibling.normalName().equals("p")) {
                int chars = st.chars;
                double ld = st.linkDensity();
                join = (chars > 80 && ld < 0.25) || (chars > 0 && ld == 0 && endsSentence(sibling.text()));
            }
            if (join) {
                out.add(sibling);
            }
        }
        return out;
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") || t.endsWith("\u3002");
    }

    private double finalScore(Element el) {
        double[] s = scores.get(el);
        double base = s == null ? 0 : s[0];
        return (base + tagBase(el) + nameWeight(el)) * (1 - stats.get(el).linkDensity());
    }

    // A content name ("text", "story") speaks for an element only as far as it holds running text: a
    // "StandardText" cell around a copyright line must not outscore the unnamed container of the story.
    private double nameWeight(Element el) {
        int w = ClassHints.weight(el);
        return w <= 0 ? w : w * Math.min(1.0, goodChars(el) / (double) NAMED_CONTENT_CHARS);
    }

    /** Points of a paragraph of {@code chars} running characters to the ancestors of its {@code parent}. */
    private void credit(Element parent, int chars, int commas, double linkDensity, Element body) {
        if (linkDensity < 0.5) {
            for (Element a = parent; a != null; a = a.parent()) {
                good.computeIfAbsent(a, k -> new int[1])[0] += chars;
                if (a == body) {
                    break;
                }
            }
        }
        double points = 1 + Math.min(commas, 20) + Math.min(chars / 100, 3);
        points *= 1 - Math.min(1, linkDensity);
        Element ancestor = parent;
        for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++, ancestor = ancestor.parent()) {
            double share = level == 0 ? points : level == 1 ? points / 2 : points / (level * 3);
            score(ancestor)[0] += share;
            if (ancestor == body) {
                break;
            }
        }
    }

    private double[] score(Element el) {
        return scores.computeIfAbsent(el, k -> new double[1]);
    }

    // A custom element ("story", "article-body", a web component) that holds paragraphs is a container
    // like a div: only the names of HTML's own tags say less.
    private static int tagBase(Element el) {
        if (!el.tag().isKnownTag()) {
            return 5;
        }
        return switch (el.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }

    /** Characters of the element's own running text: its text nodes and inline children, not its blocks. */
    private int inlineChars(Element el) {
        int n = 0;
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                n += visible(t.getWholeText());
            } else if (child instanceof Element c && INLINE.contains(c.normalName())) {
                n += stats.get(c).chars;
            }
        }
        return n;
    }

    // a line of words, not a bare number or a symbol
    private static boolean hasLetter(Element el) {
        String t = el.text();
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int visible(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0') {
                n++;
            }
        }
        return n;
    }
}
