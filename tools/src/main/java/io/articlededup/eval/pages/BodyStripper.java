package io.articlededup.eval.pages;

import io.articlededup.eval.html.TextNorm;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Takes the gold body's text out of its container and leaves one slot where the first of it was, keeping
 * whatever else the container holds (share bars, captions, inline promos, the headline). Pages mark up a
 * body as blocks ({@code <p>}, {@code <div>}) or as runs of text and inline tags between {@code <br>}s, so
 * the container's children are read as items: a block element, or a run of inline nodes up to a
 * {@code <br>}. An item whose words are mostly gold goes; one partly gold is looked into; a {@code <br>}
 * after a removed item goes with it.
 */
final class BodyStripper {

    static final String SLOT = "@@EVAL_SLOT:%s@@";
    private static final double GOLD = 0.8;
    private static final double PARTLY = 0.1;
    private static final Set<String> INLINE = Set.of("a", "b", "i", "em", "strong", "span", "font", "u", "small",
            "big", "sup", "sub", "abbr", "acronym", "cite", "q", "tt", "code", "img", "wbr", "nobr", "label", "mark",
            "time", "s", "strike", "del", "ins");

    private final GoldText gold;
    private boolean slotPlaced;
    private int removed;

    BodyStripper(GoldText gold) {
        this.gold = gold;
    }

    /** Strips {@code container}; false when nothing in it was gold. */
    boolean strip(Element container) {
        walk(container);
        return slotPlaced;
    }

    int removedItems() {
        return removed;
    }

    private void walk(Element parent) {
        List<List<Node>> items = items(parent);
        boolean previousRemoved = false;
        for (List<Node> item : items) {
            Node first = item.get(0);
            if (first instanceof Element br && br.normalName().equals("br")) {
                if (previousRemoved) {
                    br.remove();
                }
                continue;
            }
            String text = text(item);
            if (text.isBlank()) {
                continue;
            }
            double share = gold.share(text);
            boolean shortText = TextNorm.words(text).size() < GoldText.N;
            boolean block = item.size() == 1 && first instanceof Element e && isBlock(e);
            if (share >= GOLD && (!shortText || previousRemoved || block && slotPlaced)) {
                remove(parent, item);
                previousRemoved = true;
            } else {
                previousRemoved = false;
                if (share > PARTLY && block) {
                    walk((Element) first);
                }
            }
        }
    }

    private void remove(Element parent, List<Node> item) {
        Node first = item.get(0);
        if (!slotPlaced) {
            first.before(new TextNode(String.format(SLOT, style(parent, item))));
            slotPlaced = true;
        }
        item.forEach(Node::remove);
        removed++;
    }

    /** How the story's paragraphs are written where the slot is: as the removed block's tag, or with br. */
    private static String style(Element parent, List<Node> item) {
        boolean inFlow = parent.normalName().equals("p") || INLINE.contains(parent.normalName());
        boolean block = item.size() == 1 && item.get(0) instanceof Element e && isBlock(e);
        if (inFlow || !block) {
            return "br";
        }
        String tag = ((Element) item.get(0)).normalName();
        return tag.equals("li") || tag.equals("div") ? tag : "p";
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
