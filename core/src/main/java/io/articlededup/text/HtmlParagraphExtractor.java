package io.articlededup.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page into a title and block-level paragraphs. No content scoring: the page chrome
 * that comes along is for {@link ParagraphCleaner} and the boilerplate stage to remove.
 */
public final class HtmlParagraphExtractor {

    /**
     * jsoup attaches elements nested deeper than this to the deepest allowed parent instead, so a
     * hostile 100,000-deep page parses in linear time and the tree stays shallow. Real pages rarely
     * pass 60.
     */
    static final int MAX_DEPTH = 256;

    private static final Set<String> SKIPPED = Set.of(
            "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
            "canvas", "select", "option", "datalist", "textarea", "button", "input", "audio", "video", "map");

    private static final Set<String> BLOCKS = Set.of(
            "html", "body", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
            "blockquote", "pre", "div", "section", "article", "main", "header", "footer", "aside", "nav",
            "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption",
            "address", "hr", "form", "fieldset", "legend", "details", "summary", "center", "dialog",
            "hgroup", "menu", "frameset", "noframes");

    private HtmlParagraphExtractor() {
    }

    /** {@code null} or empty input gives an empty page with a {@code null} title. */
    public static ExtractedPage extract(String html) {
        if (html == null || html.isBlank()) {
            return new ExtractedPage(null, List.of());
        }
        Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
        Document doc = parser.parseInput(html, "");
        Collector collector = new Collector();
        // NodeTraversor walks iteratively, so depth cannot overflow the Java stack either.
        NodeTraversor.traverse(collector, doc);
        collector.flush();
        return new ExtractedPage(title(doc), collector.paragraphs);
    }

    // <title> usually carries the site name ("Headline | Site"); the first <h1> is the bare headline
    // when <title> contains it, so prefer it then.
    private static String title(Document doc) {
        String title = clean(doc.title());
        Element h1 = doc.selectFirst("h1");
        String h1Text = h1 == null ? "" : clean(h1.text());
        if (!h1Text.isEmpty() && (title.isEmpty()
                || TextNormalizer.normalize(title).contains(TextNormalizer.normalize(h1Text)))) {
            return h1Text;
        }
        return title.isEmpty() ? null : title;
    }

    private static String clean(String s) {
        if (s == null) {
            return "";
        }
        // Collapse layout whitespace (source indentation, NBSP runs) but keep every visible character.
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (TextNormalizer.isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return TextNormalizer.trim(out.toString());
    }

    private static final class Collector implements NodeVisitor {
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        /** Consecutive <br> since the last text; two of them end a paragraph. */
        private int breaks;
        /** Depth inside a skipped element; text there is ignored. */
        private int skipDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element el) {
                String tag = el.normalName();
                if (skipDepth > 0 || SKIPPED.contains(tag) || el.hasAttr("hidden")) {
                    skipDepth++;
                } else if (BLOCKS.contains(tag)) {
                    flush();
                } else if (tag.equals("br")) {
                    if (++breaks >= 2) {
                        flush();
                    } else {
                        current.append(' ');
                    }
                }
            } else if (node instanceof TextNode text && skipDepth == 0) {
                String t = text.getWholeText();
                if (!t.isBlank()) {
                    breaks = 0;
                }
                current.append(t);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element el) {
                if (skipDepth > 0) {
                    skipDepth--;
                } else if (BLOCKS.contains(el.normalName())) {
                    flush();
                }
            }
        }

        void flush() {
            String p = clean(current.toString());
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
            current.setLength(0);
            breaks = 0;
        }
    }
}
