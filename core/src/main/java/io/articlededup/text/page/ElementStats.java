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
 * Text measures of every element of a page, computed in one iterative walk so scoring stays linear in
 * the page size (recomputing {@code text()} per ancestor is quadratic on deep pages). The measures are
 * sums over a subtree, so removing a subtree takes its measures off its ancestors ({@link #detach}) and
 * the page need not be measured again after pruning.
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
        /** {@code <h1>} elements, the element itself included. */
        int headlines;
        /** Visible characters inside {@code <p>} elements. */
        int paragraphChars;
        /** {@code <p>} elements with visible text. */
        int textParagraphs;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        private void add(Stat o, int sign) {
            chars += sign * o.chars;
            linkChars += sign * o.linkChars;
            commas += sign * o.commas;
            paragraphs += sign * o.paragraphs;
            listItems += sign * o.listItems;
            images += sign * o.images;
            inputs += sign * o.inputs;
            headlines += sign * o.headlines;
            paragraphChars += sign * o.paragraphChars;
            textParagraphs += sign * o.textParagraphs;
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

    /**
     * Takes a subtree that is about to be removed off its measured ancestors; call before removing it.
     * The measures of a text inside a link or a paragraph stay right because its ancestors stay.
     */
    void detach(Element el) {
        Stat gone = stats.get(el);
        if (gone == null) {
            return;
        }
        for (Element a = el.parent(); a != null; a = a.parent()) {
            Stat st = stats.get(a);
            if (st == null) {
                return;
            }
            st.add(gone, -1);
        }
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
                        case "h1" -> st.headlines++;
                        case "li" -> st.listItems++;
                        case "img" -> st.images++;
                        case "input", "textarea", "select", "button" -> st.inputs++;
                        default -> { }
                    }
                    Stat parent = open.peek();
                    if (parent != null) {
                        parent.add(st, 1);
                    }
                }
            }
        }, root);
    }
}
