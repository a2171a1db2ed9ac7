package io.articlededup.text.page;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it. Sites name their containers after what they hold
 * ({@code article-body}, {@code related-stories}, {@code share-bar}); these hints are how Readability,
 * Boilerpipe and trafilatura all tell furniture from text when the words alone do not.
 */
final class ClassHints {

    /** Containers of furniture: removed before scoring unless they also look like content. */
    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|\\bads?\\b|adverti|ai2html|banner|breadcrumb|combx|comment|communit|consent|cookie|cover-wrap|disqus"
                    + "|extra|footer|gdpr|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor"
                    + "|ad-break|agegate|pagination|(?<![a-z])pager(?![a-z])|popup|newsletter|subscribe|signup|paywall|teaser|recommend"
                    + "|share|sharing|outbrain|taboola|promo|navigation|\\bnav\\b|navbar|masthead|toolbar|most-?read"
                    + "|most-?popular|trending|widget|modal|dialog|lightbox|overlay|login|signin|sign-in|flyout|tooltip|dropdown|yom-remote|jump-?link|skip-?link|print-?only|visually-?hidden|sr-only"
                    + "|reflist|\\breferences\\b|bibliograph");
    /** Names that also mark the article's own container, so an UNLIKELY match alone does not remove it. */
    private static final Pattern MAYBE_CONTENT = Pattern.compile(
            "and|article|body|column|content|main|shadow|story|entry|post-?text|text");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|artikel|beitrag|inhalt|haupt");
    private static final Pattern NEGATIVE = Pattern.compile(
            "hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|media|meta"
                    + "|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget"
                    + "|byline|author|dateline|caption|teaser|newsletter|social|breadcrumb|nav|menu|rating|login");
    private static final Pattern FURNITURE_ROLE = Pattern.compile(
            "menu|menubar|complementary|navigation|alert|alertdialog|dialog|banner|contentinfo|search");

    /** "commentary" and "commentator" name opinion articles and their authors, not readers' comments. */
    private static final Pattern COMMENTS = Pattern.compile("comment(?!a)|disqus|\\brepl(y|ies)\\b");

    /** Names a site gives the element that holds the article's own text. */
    private static final Pattern ARTICLE_BODY = Pattern.compile(
            "(post|entry|article|story|news)[-_]?(content|body|text)", Pattern.CASE_INSENSITIVE);

    private static final Pattern OVERLAY = Pattern.compile(
            "consent|cookie|gdpr|login|log-in|signin|sign-in|modal|popup");

    private static final int UNLIKELY_NAME = 1;
    private static final int MAYBE_CONTENT_NAME = 2;
    private static final int POSITIVE_NAME = 4;
    private static final int NEGATIVE_NAME = 8;
    private static final int COMMENTS_NAME = 16;
    private static final int OVERLAY_NAME = 32;
    private static final int FURNITURE_NAME = 64;

    /**
     * Words that only say a container holds something: the name's meaning is in the word before them
     * ("author-box__content" is the author box's content, "entry-meta" the entry's metadata).
     */
    private static final Set<String> GENERIC_WORDS = Set.of("content", "contents", "wrapper", "wrap", "inner",
            "outer", "container", "box", "holder", "area", "block", "section", "desc", "description", "text", "body",
            "info", "links", "link", "list", "items", "item", "panel", "label", "title", "el", "wide", "full", "top",
            "bottom", "left", "right", "single", "alt", "container-fluid", "row", "col");
    /** What the name of a small container inside an article says it holds when it is not the article's text. */
    private static final Pattern FURNITURE_WORD = Pattern.compile(
            "meta|metadata|postmetadata|postmeta|byline|bylines|author|authors|authorbox|bio|rating|ratings|share|shares"
                    + "|sharing|sharebar|social|related\\w*|newsletter|subscribe|subscription|caption|figcaption|tag|tags"
                    + "|copyright|breadcrumbs?|popup|affiliate|date|dateline|timestamp|thumbnails|nextstory"
                    + "|disclaimer|credits?|sabox\\w*|pop-up");

    /**
     * What the patterns say of each class-and-id string seen: a site's pages repeat a few hundred of them
     * on thousands of elements, and matching the patterns per element was a tenth of reading a page.
     * Bounded in entries and in key length, so a hostile page cannot grow it.
     */
    private static final Map<String, Integer> SEEN = new ConcurrentHashMap<>();
    private static final int MAX_SEEN = 20_000;
    private static final int MAX_SEEN_KEY_CHARS = 200;

    private ClassHints() {
    }

    static String names(Element el) {
        String cls = el.className();
        String id = el.id();
        if (cls.isEmpty()) {
            return id.toLowerCase(Locale.ROOT);
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    /** The patterns' verdicts on the element's names; 0 when it has none. */
    private static int flags(Element el) {
        String names = names(el);
        if (names.isEmpty()) {
            return 0;
        }
        Integer known = SEEN.get(names);
        if (known != null) {
            return known;
        }
        int flags = match(names);
        if (names.length() <= MAX_SEEN_KEY_CHARS) {
            if (SEEN.size() >= MAX_SEEN) {
                SEEN.clear();
            }
            SEEN.put(names, flags);
        }
        return flags;
    }

    private static int match(String given) {
        // Elementor, a page builder, wraps every block of a page in "elementor-widget-*": a layout name that
        // says nothing of what the block holds ("elementor-widget-sidebar" still names a sidebar). Read here,
        // once per distinct name, not on every lookup.
        String names = given.replace("elementor-widget", "elementor-block");
        int flags = 0;
        flags |= UNLIKELY.matcher(names).find() ? UNLIKELY_NAME : 0;
        flags |= MAYBE_CONTENT.matcher(names).find() ? MAYBE_CONTENT_NAME : 0;
        flags |= POSITIVE.matcher(names).find() ? POSITIVE_NAME : 0;
        flags |= NEGATIVE.matcher(names).find() ? NEGATIVE_NAME : 0;
        flags |= COMMENTS.matcher(names).find() ? COMMENTS_NAME : 0;
        flags |= OVERLAY.matcher(names).find() ? OVERLAY_NAME : 0;
        flags |= furnitureWords(names) ? FURNITURE_NAME : 0;
        return flags;
    }

    /** Whether one of the names, read from its last telling word back, names furniture. */
    private static boolean furnitureWords(String names) {
        for (String name : names.split("\\s+")) {
            String[] words = name.split("[-_]+");
            for (int i = words.length - 1; i >= 0; i--) {
                String w = words[i];
                if (w.isEmpty() || GENERIC_WORDS.contains(w) || w.chars().anyMatch(Character::isDigit)) {
                    continue; // a generic word, or a build hash ("container-3AnSP")
                }
                if (FURNITURE_WORD.matcher(w).matches()) {
                    return true;
                }
                break;
            }
        }
        return false;
    }

    private static boolean has(int flags, int flag) {
        return (flags & flag) != 0;
    }

    static boolean unlikely(Element el) {
        String role = el.attr("role").toLowerCase(Locale.ROOT);
        if (!role.isEmpty() && FURNITURE_ROLE.matcher(role).find()) {
            return true;
        }
        int f = flags(el);
        // "comment-body" is the body of a comment: a content word does not rescue a comments container
        return has(f, COMMENTS_NAME) || has(f, UNLIKELY_NAME) && !has(f, MAYBE_CONTENT_NAME);
    }

    /** Cookie and consent banners, login and sign-up dialogs, pop-ups: they cover the page, never hold its article. */
    static boolean overlay(Element el) {
        return has(flags(el), OVERLAY_NAME);
    }

    /** The element the page names as the article's body: {@code itemprop="articleBody"}, "post-content", "story-body"... */
    static boolean namesArticleBody(Element el) {
        // asked of every element of a page: only names that carry one of the body words reach the pattern
        return namesBody(el.className()) || namesBody(el.id()) || el.attr("itemprop").equalsIgnoreCase("articleBody");
    }

    private static boolean namesBody(String name) {
        return name.length() > 8 && (name.contains("ontent") || name.contains("ody") || name.contains("ext")
                || name.contains("ONTENT") || name.contains("ODY") || name.contains("EXT"))
                && ARTICLE_BODY.matcher(name).find();
    }

    /** Readers' comments and their forms, by the container's name or role. */
    static boolean comments(Element el) {
        // asked of every element of a page: the patterns run only on names that can match
        if (el.hasAttr("role") && el.attr("role").toLowerCase(Locale.ROOT).contains("dialog")) {
            return true;
        }
        return (mentionsComments(el.className()) || mentionsComments(el.id())) && has(flags(el), COMMENTS_NAME);
    }

    // "Comments", "commentList", "COMMENTS": the letters after the first, in either case, are enough to
    // let only the names that may match reach the patterns
    private static boolean mentionsComments(String name) {
        return !name.isEmpty() && (name.contains("omment") || name.contains("OMMENT") || name.contains("isqus")
                || name.contains("ISQUS") || name.contains("epl") || name.contains("EPL"));
    }

    /** Readability's class weight: +25 for a content name, -25 for a furniture name. */
    static int weight(Element el) {
        int f = flags(el);
        return (has(f, NEGATIVE_NAME) ? -25 : 0) + (has(f, POSITIVE_NAME) ? 25 : 0);
    }

    /**
     * The element's own name says what furniture it is, whatever other words it carries ("entry-meta",
     * "post-ratings", "author-box__content", "RelatedCoverage-container"): Readability's whole-name patterns
     * let a content word anywhere in the names rescue it.
     */
    static boolean namesFurniture(Element el) {
        return has(flags(el), FURNITURE_NAME);
    }

    static boolean negative(Element el) {
        int f = flags(el);
        return has(f, NEGATIVE_NAME) && !has(f, POSITIVE_NAME);
    }
}
