package io.articlededup.eval.pages;

import io.articlededup.eval.html.TextNorm;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Takes the gold body's text out of its container and leaves its paragraphs' places, so that a story poured
 * in is laid out as the page laid out its own: in the same {@code <p>} elements with their classes, between
 * the same in-body promos, share bars and captions, which are kept. Pages mark up a body as blocks
 * ({@code <p>}, {@code <div>}) or as runs of text and inline tags between {@code <br>}s, so the container's
 * children are read as items: a block element, or a run of inline nodes up to a {@code <br>}. An item whose
 * words are mostly gold is a paragraph's place (emptied, with a mark); gold headings, list items and cells
 * go, since a story paragraph would not sit there; an item partly gold is looked into. The story's
 * paragraphs beyond the places go after the last one, in its tag.
 */
final class BodyStripper {

    static final String PARA = "@@EVAL_PARA@@";
    static final String REST = "@@EVAL_REST:%s@@";
    private static final double GOLD = 0.8;
    private static final double PARTLY = 0.1;
    private static final Set<String> INLINE = Set.of("a", "b", "i", "em", "strong", "span", "font", "u", "small",
            "big", "sup", "sub", "abbr", "acronym", "cite", "q", "tt", "code", "img", "wbr", "nobr", "label", "mark",
            "time", "s", "strike", "del", "ins");
    /** Blocks a story paragraph can take the place of. */
    private static final Set<String> PLACES = Set.of("p", "div", "blockquote", "section", "article");

    private final GoldText gold;
    private Node last;
    private String lastStyle;
    private Node first;
    private int places;

    BodyStripper(GoldText gold) {
        this.gold = gold;
    }

    /** Strips {@code container}; false when it held no place for a paragraph. */
    boolean strip(Element container) {
        walk(container);
        if (places == 0) {
            return false;
        }
        last.after(new TextNode(String.format(REST, lastStyle)));
        return true;
    }

    /** The first paragraph's place: a headline the page lacks goes before it. */
    Node firstPlace() {
        return first;
    }

    private void walk(Element parent) {
        boolean previousGold = false;
        for (List<Node> item : items(parent)) {
            Node head = item.get(0);
            if (head instanceof Element br && br.normalName().equals("br")) {
                continue;
            }
            String text = text(item);
            if (text.isBlank()) {
                continue;
            }
            double share = gold.share(text);
            boolean shortText = TextNorm.words(text).size() < GoldText.N;
            boolean block = item.size() == 1 && head instanceof Element e && isBlock(e);
            // a word or two is gold only beside gold: the piece of a paragraph that a link split off
            if (share >= GOLD && (!shortText || previousGold || block && places > 0)) {
                take(item, block);
                previousGold = true;
            } else {
                previousGold = false;
                if (share > PARTLY && block) {
                    walk((Element) head);
                }
            }
        }
    }

    private void take(List<Node> item, boolean block) {
        if (!block) {
            TextNode mark = new TextNode(PARA);
            item.get(0).before(mark);
            item.forEach(Node::remove);
            place(mark, "br");
            return;
        }
        Element e = (Element) item.get(0);
        boolean holdsBlocks = e.children().stream().anyMatch(c -> isBlock(c) || c.normalName().equals("br"));
        if (holdsBlocks) {
            walk(e);
        } else if (PLACES.contains(e.normalName())) {
            e.empty();
            e.appendText(PARA);
            place(e, e.normalName().equals("p") ? "p" : "div");
        } else {
            e.remove();
        }
    }

    private void place(Node node, String style) {
        if (first == null) {
            first = node;
        }
        last = node;
        lastStyle = style;
        places++;
    }

    /** The children as items: block elements alone, inline runs up to a br, each br alone. */
    private static List<List<Node>> items(Element parent) {
        List<List<Node>> out = new ArrayList<>();
        List<Node> run = new ArrayList<>();
        for (Node n : new ArrayList<>(parent.childNodes())) {
            boolean br = n instanceof Element e && e.normalName().equals("br");
            boolean inline = n instanceof TextNode || n instanceof Element e && !isBlock(e) && !br;
            if (inline) {
                run.add(n);
                continue;
            }
            if (!run.isEmpty()) {
                out.add(run);
                run = new ArrayList<>();
            }
            if (n instanceof Element) {
                out.add(List.of(n));
            }
        }
        if (!run.isEmpty()) {
            out.add(run);
        }
        return out;
    }

    /** Inline tags are blocks when they hold blocks or line breaks: a {@code <font>} around a whole body. */
    private static boolean isBlock(Element e) {
        if (!INLINE.contains(e.normalName())) {
            return true;
        }
        for (Element d : e.getAllElements()) {
            if (d != e && (!INLINE.contains(d.normalName()) || d.normalName().equals("br"))) {
                return true;
            }
        }
        return false;
    }

    private static String text(List<Node> item) {
        StringBuilder sb = new StringBuilder();
        for (Node n : item) {
            sb.append(n instanceof TextNode t ? t.text() : n instanceof Element e ? e.text() : "").append(' ');
        }
        return sb.toString();
    }
}
