package io.articlededup.eval.pages;

import io.articlededup.model.EventJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.articlededup.eval.html.TextNorm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;

/**
 * Marks where a page says what its article is, so that a story poured into the template is what the whole
 * page says, as on a real site: the headline element, {@code <title>}, the headline and description meta
 * tags, the canonical url, and the schema.org Article a JSON-LD block declares (its {@code articleBody}
 * is read by extractors, so the old one must not survive).
 */
final class PageMarks {

    static final String TITLE = "@@EVAL_TITLE@@";
    static final String DESCRIPTION = "@@EVAL_DESCRIPTION@@";
    static final String URL = "@@EVAL_URL@@";
    static final String ISO_TIME = "@@EVAL_ISOTIME@@";
    static final String JSON_TITLE = "@@EVAL_JSONTITLE@@";
    static final String JSON_BODY = "@@EVAL_JSONBODY@@";
    static final String JSON_DESCRIPTION = "@@EVAL_JSONDESCRIPTION@@";

    private static final ObjectMapper JSON = EventJson.MAPPER;
    private static final Set<String> HEADING_SEPARATORS = Set.of(" | ", " - ", " – ", " — ", " :: ", ": ");

    private PageMarks() {
    }

    /** Marks all of it; true when the page's own headline element was found (else one was put before the first paragraph). */
    static boolean mark(Document doc, String headline, Node firstPlace) {
        boolean found = markHeadline(doc, headline, firstPlace);
        markTitle(doc, headline);
        metaContent(doc, "meta[property=og:title], meta[name=twitter:title], meta[name=title]", TITLE);
        metaContent(doc, "meta[name=description], meta[property=og:description], meta[name=twitter:description]",
                DESCRIPTION);
        metaContent(doc, "meta[property=og:url]", URL);
        metaContent(doc, "meta[property=article:published_time], meta[itemprop=datePublished]", ISO_TIME);
        for (Element link : doc.select("link[rel=canonical]")) {
            link.attr("href", URL);
        }
        doc.select("script[type=application/ld+json]").forEach(PageMarks::markJsonLd);
        return found;
    }

    /**
     * Every smallest element whose text is the headline (or its longest part, when the page's headline carries
     * the site's name), as a page repeats its headline in breadcrumbs and "most read" lists; failing any, a
     * new {@code <h1>} in front of the body's first paragraph.
     */
    private static boolean markHeadline(Document doc, String headline, Node firstPlace) {
        String want = TextNorm.tokenString(mainPart(headline));
        List<Element> found = new ArrayList<>();
        if (!want.isBlank()) {
            for (Element e : doc.body().getAllElements()) {
                String have = TextNorm.tokenString(e.text());
                if (have.contains(want) && have.length() <= want.length() + 40) {
                    found.removeIf(outer -> e.parents().contains(outer));
                    found.add(e);
                }
            }
        }
        found.forEach(e -> e.text(TITLE));
        if (!found.isEmpty()) {
            return true;
        }
        Node parent = firstPlace.parent();
        Node at = firstPlace instanceof Element || parent == null || !parent.nodeName().equals("p") ? firstPlace : parent;
        at.before(new Element("h1").text(TITLE));
        return false;
    }

    private static void markTitle(Document doc, String headline) {
        Element title = doc.selectFirst("title");
        if (title == null) {
            doc.head().appendElement("title").text(TITLE);
            return;
        }
        String text = TextNorm.whitespace(title.text());
        String part = mainPart(text);
        String lower = text.toLowerCase(Locale.ROOT);
        String head = mainPart(headline).toLowerCase(Locale.ROOT);
        int at = head.isEmpty() ? -1 : lower.indexOf(head);
        if (at >= 0) {
            title.text(text.substring(0, at) + TITLE + text.substring(at + head.length()));
        } else {
            // a title that does not name the headline: its longest part is taken to be the headline
            title.text(text.replace(part, TITLE));
        }
    }

    /** The longest part of a title split at the separators sites put between the headline and their name. */
    static String mainPart(String title) {
        String best = TextNorm.whitespace(title);
        for (String sep : HEADING_SEPARATORS) {
            for (String part : best.split(java.util.regex.Pattern.quote(sep))) {
                if (part.length() > best.length() / 2 && part.length() < best.length()) {
                    best = part.strip();
                }
            }
        }
        return best;
    }

    private static void metaContent(Document doc, String selector, String mark) {
        for (Element m : doc.select(selector)) {
            m.attr("content", mark);
        }
    }

    private static void markJsonLd(Element script) {
        try {
            JsonNode tree = JSON.readTree(script.data());
            if (markNode(tree)) {
                script.empty();
                script.appendChild(new DataNode(JSON.writeValueAsString(tree)));
            }
        } catch (Exception e) {
            // malformed JSON-LD is common on real pages; an extractor meets it as it is
        }
    }

    private static boolean markNode(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode o) {
            if (o.has("articleBody") || o.has("headline")) {
                changed |= replace(o, "headline", JSON_TITLE);
                changed |= replace(o, "articleBody", JSON_BODY);
                changed |= replace(o, "description", JSON_DESCRIPTION);
                changed |= replace(o, "datePublished", ISO_TIME);
                changed |= replace(o, "dateModified", ISO_TIME);
            }
            for (JsonNode child : o) {
                changed |= markNode(child);
            }
        } else if (node != null && node.isArray()) {
            for (JsonNode child : node) {
                changed |= markNode(child);
            }
        }
        return changed;
    }

    private static boolean replace(ObjectNode o, String field, String mark) {
        if (o.has(field) && o.get(field).isTextual()) {
            o.put(field, mark);
            return true;
        }
        return false;
    }
}
