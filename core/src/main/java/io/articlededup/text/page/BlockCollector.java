package io.articlededup.text.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the article's containers into paragraphs in reading order: every block element ends a
 * paragraph, two {@code <br>} end one too, and containers inside the article that hold link lists,
 * share bars, captions or forms rather than text are left out (Readability's conditional cleaning).
 */
final class BlockCollector {

    static final Set<String> BLOCKS = Set.of(
            "html", "body", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
            "blockquote", "pre", "div", "section", "article", "main", "header", "footer", "aside", "nav",
            "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption",
            "address", "hr", "form", "fieldset", "legend", "details", "summary", "center", "dialog",
            "hgroup", "menu", "noframes");
    private static final Set<String> CONDITIONAL = Set.of("div", "section", "ul", "ol", "dl", "table", "form",
            "aside", "header", "footer", "figure", "nav", "fieldset", "span", "p", "li", "tr");
    private static final Set<String> ALWAYS_DROPPED = Set.of("figcaption", "caption");
    private static final double BULK_SHARE = 0.5;
    private static final int MAX_CELL_CHARS = 200;
    private static final String CELL_SEPARATOR = " | ";
    private static final int MAX_CREDIT_CHARS = 60;
    private static final Pattern CREDIT = Pattern.compile(
            "[(\\[]?\\s*(©|\\(c\\)|copyright\\b|photo\\s*:|photos\\s*:|foto\\s*:|fotos\\s*:|bild\\s*:|image\\s*:|credit\\s*:"
                    + "|picture\\s*:|quelle\\s*:|source\\s*:|fuente\\s*:|crédit\\s*:|photo credit)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_CAPTION_CHARS = 300;
    /** A picture's caption written as a paragraph: "Abbildung 4: ...", "Figure 2. ...", "Beitragsbild: ...". */
    private static final Pattern CAPTION = Pattern.compile(
            "(abbildung|abb\\.|figure|fig\\.|beitragsbild|titelbild|bildunterschrift|illustration)\\s*\\d*\\s*[:.]\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A caption that ends in its picture's credit: "Marco Odermatt, Ski-Star. © AFP / MARCO BERTORELLO". */
    private static final Pattern CREDITED = Pattern.compile(
            "(©|\\(c\\)|\\bfoto:|\\bphoto:|\\bbild:)\\s*[^©.!?]{1,60}$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Characters after its last link that make a list item text rather than a teaser. */
    private static final int PROSE_AFTER_LINK = 40;

    private final ElementStats stats;
    private final List<PageBlock> blocks = new ArrayList<>();
    /** Characters above which a container inside the current root holds most of its text. */
    private double bulk;

    private BlockCollector(ElementStats stats) {
        this.stats = stats;
    }

    static List<PageBlock> collect(List<Element> roots, ElementStats stats) {
        BlockCollector c = new BlockCollector(stats);
        for (Element root : roots) {
            c.walk(root);
        }
        return c.blocks;
    }

    private void walk(Element root) {
        bulk = stats.get(root).chars * BULK_SHARE;
        StringBuilder current = new StringBuilder();
        Element[] blockOf = {root};
        int[] breaks = {0};
        int[] skipDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el) {
                    String tag = el.normalName();
                    if (skipDepth[0] > 0 || (el != root && dropped(el))) {
                        skipDepth[0]++;
                    } else if (el != root && dataCell(el)) {
                        if (!current.toString().isBlank()) {
                            current.append(CELL_SEPARATOR);
                        }
                    } else if (BLOCKS.contains(tag)) {
                        flush(current, blockOf[0]);
                        blockOf[0] = el;
                    } else if (tag.equals("br")) {
                        if (++breaks[0] >= 2) {
                            flush(current, blockOf[0]);
                        } else {
                            current.append(' ');
                        }
                    }
                } else if (node instanceof TextNode text && skipDepth[0] == 0) {
                    String t = text.getWholeText();
                    if (!t.isBlank()) {
                        breaks[0] = 0;
                    }
                    current.append(t);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el) {
                    if (skipDepth[0] > 0) {
                        skipDepth[0]--;
                    } else if (el != root && dataCell(el)) {
                        return; // the row goes on
                    } else if (BLOCKS.contains(el.normalName())) {
                        flush(current, blockOf[0]);
                        Element parent = el.parent();
                        blockOf[0] = parent == null ? root : parent;
                    }
                }
            }
        }, root);
        flush(current, blockOf[0]);
    }

    private void flush(StringBuilder current, Element owner) {
        String text = collapse(current);
        current.setLength(0);
        if (!text.isEmpty()) {
            blocks.add(new PageBlock(text, owner.normalName(), path(owner)));
        }
    }

    /**
     * The blocks without the lines that say nothing in words (a time stamp "2008-01-12 11:31:01 -", a "|")
     * or only credit a picture or a source ("© AP", "(Credit: Clayton Aldern / Grist)", "Foto: dpa"):
     * never article text, wherever they sit. A table row of figures is text. Run after the article's end
     * is found, which a rights notice can mark.
     */
    static List<PageBlock> withoutFurnitureLines(List<PageBlock> blocks) {
        List<PageBlock> out = new ArrayList<>(blocks.size());
        for (PageBlock b : blocks) {
            if (!furnitureLine(b.text(), b.tag())) {
                out.add(b);
            }
        }
        return out;
    }

    private static boolean furnitureLine(String text, String tag) {
        if (tag.equals("tr")) {
            return false;
        }
        return text.codePoints().noneMatch(Character::isLetter)
                || text.length() <= MAX_CREDIT_CHARS && CREDIT.matcher(text).lookingAt()
                || text.length() <= MAX_CAPTION_CHARS && (CAPTION.matcher(text).lookingAt() || credited(text));
    }

    // most lines carry neither a copyright sign nor a colon: they never reach the pattern
    private static boolean credited(String text) {
        return (text.indexOf('\u00A9') >= 0 || text.indexOf(':') >= 0 || text.indexOf('(') >= 0)
                && CREDITED.matcher(text).find();
    }

    /**
     * A table cell of a few words and no blocks of its own, in a row: read with the rest of its row as one
     * line ("1 | Kevin Harvick | 2,390"). Read one per line, a results table's repeated cells ("1", "Top 5")
     * look like a scraper's repeated paragraphs to the cleaning, and the reader loses which value is whose.
     * A layout table's cells hold paragraphs and stay apart.
     */
    private boolean dataCell(Element el) {
        String tag = el.normalName();
        if (!(tag.equals("td") || tag.equals("th")) || el.parent() == null || !el.parent().normalName().equals("tr")
                || stats.get(el).chars > MAX_CELL_CHARS) {
            return false;
        }
        for (Element d : el.getAllElements()) {
            if (d != el && BLOCKS.contains(d.normalName())) {
                return false;
            }
        }
        return true;
    }

    /** Containers inside the article that are not article text. */
    private boolean dropped(Element el) {
        String tag = el.normalName();
        if (ALWAYS_DROPPED.contains(tag) || DomPruner.NEVER_TEXT.contains(tag)) {
            return true;
        }
        if (tag.equals("article") && stats.get(el).chars <= bulk && insideArticleLikeIt(el)) {
            // an article inside an article built like it is another story, a related post's card; one of
            // another kind (a listicle's items) is part of the story
            return true;
        }
        if (!CONDITIONAL.contains(tag)) {
            return false;
        }
        ElementStats.Stat st = stats.get(el);
        if (st.chars == 0) {
            return false;
        }
        if (st.chars > bulk && st.linkDensity() < 0.3) {
            // the wrapper of most of the article's text is the article, whatever its name says
            return false;
        }
        if (ClassHints.namesFurniture(el)) {
            return true;
        }
        int weight = ClassHints.weight(el);
        if (weight < 0 && ClassHints.negative(el)) {
            return true;
        }
        double ld = st.linkDensity();
        if (tag.equals("tr")) {
            // a row of links is a layout table's menu ("Sport Homepage | Football | Cricket"); a data row
            // links a name or two among its figures
            return ld > 0.8;
        }
        if (tag.equals("p") || tag.equals("li") || tag.equals("span")) {
            // a paragraph that is one link: a teaser or "read more", not text; a span inside a link is
            // that link's own words (a glossary link in a sentence)
            return ld > 0.8 && st.chars < 300 && !(tag.equals("span") && insideLink(el));
        }
        if (st.commas >= 10 && ld < 0.3) {
            return false;
        }
        if (ld > 0.5 && st.chars < 2000) {
            return true;
        }
        if (weight < 25 && ld > 0.25 && st.listItems > st.paragraphs) {
            // a list of links is furniture, and so is a teaser list whose items end in their "Full story"
            // link; a list whose items go on after their link (a briefing's "1. <a>Headline</a>. Two
            // sentences...") is text
            return ld >= 0.5 || !saysMoreAfterItsLinks(el);
        }
        return st.inputs > st.paragraphs / 3 + 1;
    }

    private static boolean insideLink(Element el) {
        for (Element a = el.parent(); a != null && !BLOCKS.contains(a.normalName()); a = a.parent()) {
            if (a.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    /** Whether most items of the list go on for a sentence or more after their last link. */
    private static boolean saysMoreAfterItsLinks(Element list) {
        int items = 0;
        int saying = 0;
        for (Element li : list.getElementsByTag("li")) {
            items++;
            int[] after = {0};
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof Element e && e.normalName().equals("a")) {
                    after[0] = -e.text().length();
                } else if (node instanceof TextNode t) {
                    after[0] += t.text().strip().length();
                }
            }, li);
            if (after[0] >= PROSE_AFTER_LINK) {
                saying++;
            }
        }
        return items > 0 && saying * 2 > items;
    }

    private static boolean insideArticleLikeIt(Element el) {
        String kind = firstClass(el);
        if (kind.isEmpty()) {
            return false;
        }
        for (Element a = el.parent(); a != null; a = a.parent()) {
            if (a.normalName().equals("article") && firstClass(a).equals(kind)) {
                return true;
            }
        }
        return false;
    }

    private static String firstClass(Element el) {
        String cls = el.className().trim();
        int space = cls.indexOf(' ');
        return space < 0 ? cls : cls.substring(0, space);
    }

    static String path(Element el) {
        List<String> parts = new ArrayList<>();
        for (Element e = el; e != null && !e.normalName().equals("body") && !e.normalName().equals("#root"); e = e.parent()) {
            String first = firstClass(e);
            parts.add(first.isEmpty() ? e.normalName() : e.normalName() + "." + first.toLowerCase(Locale.ROOT));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = parts.size() - 1; i >= 0; i--) {
            sb.append('/').append(parts.get(i));
        }
        return sb.toString();
    }

    static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
