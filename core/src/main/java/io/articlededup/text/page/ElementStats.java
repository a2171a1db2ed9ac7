package io.articlededup.text.page;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element of a pruned page, computed in one iterative walk so scoring stays
 * linear in the page size (recomputing {@code text()} per ancestor is quadratic on deep pages).
 */
final class ElementStats {

    /** Visible characters (whitespace not counted), characters inside links, and clause marks. */
    static final class Stat {
        int chars;
        int linkChars;
        int commas;
        int paragraphs;
        int listItems;
        int images;
        int inputs;
        /** Visible characters inside {@code <p>} elements. */
        int paragraphChars;
        /** {@code <p>} elements with visible text. */
        int textParagraphs;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private final Map<Element, Stat> stats = new IdentityHashMap<>();

    private ElementStats() {
    }

    static ElementStats of(Element root) {
        ElementStats s = new ElementStats();
        s.walk(root);
        return s;
    }

    Stat get(Element el) {
        Stat st = stats.get(el);
        return st == null ? new Stat() : st;
    }

    private void walk(Element root) {
        Deque<Stat> open = new ArrayDeque<>();
        int[] linkDepth = {0};
        int[] paragraphDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element el) {
                    Stat st = new Stat();
                    stats.put(el, st);
                    open.push(st);
                    if (el.normalName().equals("a")) {
                        linkDepth[0]++;
                    } else if (el.normalName().equals("p")) {
                        paragraphDepth[0]++;
                    }
                } else if (node instanceof TextNode t && !open.isEmpty()) {
                    String text = t.getWholeText();
                    int chars = 0;
                    int commas = 0;
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        if (!Character.isWhitespace(c) && c != '\u00A0') {
                            chars++;
                            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C' || c == '\u3002') {
                                commas++;
                            }
                        }
                    }
                    Stat st = open.peek();
                    st.chars += chars;
                    st.commas += commas;
                    if (linkDepth[0] > 0) {
                        st.linkChars += chars;
                    }
                    if (paragraphDepth[0] > 0) {
                        st.paragraphChars += chars;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el) {
                    Stat st = open.pop();
                    String tag = el.normalName();
                    if (tag.equals("a")) {
                        linkDepth[0]--;
                    } else if (tag.equals("p")) {
                        paragraphDepth[0]--;
                    }
                    switch (tag) {
                        case "p" -> {
                            st.paragraphs++;
                            if (st.chars > 0) {
                                st.textParagraphs++;
                            }
                        }
                        case "li" -> st.listItems++;
                        case "img" -> st.images++;
                        case "input", "textarea", "select", "button" -> st.inputs++;
                        default -> { }
                    }
                    Stat parent = open.peek();
                    if (parent != null) {
                        parent.chars += st.chars;
                        parent.linkChars += st.linkChars;
                        parent.commas += st.commas;
                        parent.paragraphs += st.paragraphs;
                        parent.listItems += st.listItems;
                        parent.images += st.images;
                        parent.inputs += st.inputs;
                        parent.paragraphChars += st.paragraphChars;
                        parent.textParagraphs += st.textParagraphs;
                    }
                }
            }
        }, root);
    }
}
