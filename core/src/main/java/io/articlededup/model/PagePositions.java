package io.articlededup.model;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each block of a page's main text sits on its site's template, as a 64-bit key that the per-site
 * stage counts distinct stories by. A site builds every page from one template, so a widget it puts beside
 * or inside the article (a byline box, "more on this", an author's bio, a teaser strip) sits at the same
 * position on every page even when its words change daily; a position that many stories carry is furniture.
 *
 * <p>The article's own words must never look like that, although they sit at one position on every page
 * too. So the container that holds most of the article's characters is found first (the parent of the
 * blocks with the most text), and a block gets key 0, "the article's", when it is a child of that
 * container, or sits below it in elements that carry no class: the lists, quotes, tables and headings an
 * author writes are plain elements, a site's widgets are named. Every other block is keyed by its path
 * with digits folded, because per-page ids ({@code post-4711}) would give each page a position of its own.
 */
public final class PagePositions {
    /** The text's own container, or any position the stage must not learn. */
    public static final long ARTICLE_TEXT = 0;
    private static final Hasher64 HASH = Hashing.xxh3_64();

    private PagePositions() {
    }

    /**
     * @param texts the blocks' texts in reading order
     * @param paths their DOM paths ({@code /div.page/article/div.body/p}: tag and first class of each
     *              element below the body), same order
     */
    public static long[] of(List<String> texts, List<String> paths) {
        if (texts.size() != paths.size()) {
            throw new IllegalArgumentException(texts.size() + " texts but " + paths.size() + " paths");
        }
        String container = bulkContainer(texts, paths);
        long[] out = new long[paths.size()];
        for (int i = 0; i < out.length; i++) {
            String path = paths.get(i);
            out[i] = isArticleText(path, container) ? ARTICLE_TEXT : key(path);
        }
        return out;
    }

    private static boolean isArticleText(String path, String container) {
        if (path.equals(container) || parent(path).equals(container)) {
            return true;
        }
        if (!path.startsWith(container + "/")) {
            return false;
        }
        // below the container: the article's own structure unless a named element lies in between
        return path.indexOf('.', container.length()) < 0;
    }

    /** The parent path holding the most characters of text, ties to the first in reading order. */
    private static String bulkContainer(List<String> texts, List<String> paths) {
        Map<String, Integer> chars = new HashMap<>();
        String best = "";
        int bestChars = -1;
        for (int i = 0; i < paths.size(); i++) {
            String parent = parent(paths.get(i));
            int n = chars.merge(parent, texts.get(i).length(), Integer::sum);
            if (n > bestChars) {
                best = parent;
                bestChars = n;
            }
        }
        return best;
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "" : path.substring(0, slash);
    }

    private static long key(String path) {
        StringBuilder folded = new StringBuilder(path.length());
        boolean digits = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c >= '0' && c <= '9') {
                if (!digits) {
                    folded.append('#');
                }
                digits = true;
            } else {
                folded.append(c);
                digits = false;
            }
        }
        long k = HASH.hashCharsToLong(folded);
        return k == ARTICLE_TEXT ? 1 : k;
    }
}
