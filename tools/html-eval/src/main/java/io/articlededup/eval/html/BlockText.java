package io.articlededup.eval.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text of a DOM subtree with one line per block element.
 *
 * <p>jsoup's {@code Element.text()} joins everything into one line; keeping block boundaries as
 * newlines gives paragraphs to extractors that return HTML, and stops words of adjacent blocks
 * from being glued together (which would cost both word-level and substring scores).
 */
public final class BlockText {

    static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "th",
            "thead", "tfoot", "tr", "ul", "option", "select", "textarea", "center", "body", "html");

    /** Content a reader never sees as text. */
    static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "template", "head", "title", "svg", "iframe");

    private BlockText() {
    }

    public static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new Visitor(out), root);
        return tidy(out);
    }

    private static final class Visitor implements NodeVisitor {
        private final StringBuilder out;
        private int skipDepth;

        Visitor(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element el) {
                String tag = el.normalName();
                if (SKIPPED_TAGS.contains(tag)) {
                    skipDepth++;
                } else if (BLOCK_TAGS.contains(tag)) {
                    out.append('\n');
                }
            } else if (node instanceof TextNode text && skipDepth == 0) {
                out.append(text.getWholeText());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element el) {
                String tag = el.normalName();
                if (SKIPPED_TAGS.contains(tag)) {
                    skipDepth--;
                } else if (BLOCK_TAGS.contains(tag)) {
                    out.append('\n');
                }
            }
        }
    }

    /** Collapses whitespace inside lines and drops empty lines. */
    static String tidy(CharSequence text) {
        StringBuilder result = new StringBuilder(text.length());
        for (String line : text.toString().split("\n")) {
            String clean = line.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!clean.isEmpty()) {
                if (result.length() > 0) {
                    result.append('\n');
                }
                result.append(clean);
            }
        }
        return result.toString();
    }
}
