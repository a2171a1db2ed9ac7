package io.articlededup.text.page;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page declares in {@code <script type="application/ld+json">}: news sites
 * publish their headline, body, dates and authors there for search engines, and it is the most
 * reliable statement of what the article is when it is present.
 */
record JsonLdArticle(String headline, String articleBody, String datePublished, String author, String language,
                     String description, String url) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .enable(JsonParser.Feature.ALLOW_UNQUOTED_CONTROL_CHARS)
            .build();
    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }
    private static final int MAX_SCRIPT_CHARS = 2_000_000;

    /** The first article-typed object of the page's JSON-LD scripts ({@link PageLandmarks}), or {@code null}. */
    static JsonLdArticle read(List<Element> scripts) {
        for (Element script : scripts) {
            String json = script.data();
            if (json.isBlank() || json.length() > MAX_SCRIPT_CHARS) {
                continue;
            }
            JsonNode root;
            try {
                root = JSON.readTree(json.strip());
            } catch (Exception e) {
                continue; // sites ship broken JSON-LD often enough; the page's other signals still count
            }
            JsonNode article = findArticle(root, 0);
            if (article != null) {
                return new JsonLdArticle(text(article, "headline"), text(article, "articleBody"),
                        text(article, "datePublished"), authors(article.get("author")), text(article, "inLanguage"),
                        text(article, "description"), url(article));
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 6) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticleType(node.get("@type"))) {
            return node;
        }
        JsonNode found = findArticle(node.get("@graph"), depth + 1);
        return found != null ? found : findArticle(node.get("mainEntity"), depth + 1);
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText().toLowerCase(Locale.ROOT);
        return t.endsWith("article") || t.equals("blogposting") || t.equals("report") || t.equals("liveblogposting");
    }

    private static String text(JsonNode obj, String field) {
        JsonNode v = obj.get(field);
        if (v == null) {
            return null;
        }
        if (v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        String s = v.isValueNode() ? v.asText().strip() : null;
        return s == null || s.isEmpty() ? null : s;
    }

    private static String url(JsonNode article) {
        String url = text(article, "url");
        if (url != null) {
            return url;
        }
        JsonNode page = article.get("mainEntityOfPage");
        if (page == null) {
            return null;
        }
        if (page.isTextual()) {
            return page.asText();
        }
        return page.isObject() ? text(page, "@id") : null;
    }

    private static String authors(JsonNode author) {
        if (author == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        if (author.isArray()) {
            for (JsonNode a : author) {
                addName(a, names);
            }
        } else {
            addName(author, names);
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static void addName(JsonNode a, List<String> names) {
        String name = a.isTextual() ? a.asText().strip() : a.isObject() ? text(a, "name") : null;
        if (name != null && !name.isEmpty() && names.size() < 10) {
            names.add(name);
        }
    }
}
