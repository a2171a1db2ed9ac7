package io.articlededup.text.page;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The article's standfirst (lede, "chapo", excerpt, "Vorspann") where the page sets it apart from the
 * body's container, between the headline and the body: news templates put it in the header beside the
 * headline, so the container that wins the scoring starts after it. It is the article's own summary, and
 * the first words a copy elsewhere repeats.
 */
final class Standfirst {

    private static final Pattern NAME = Pattern.compile(
            "(^|[-_\\s])(lead|leader|lede|chapo|chapeau|excerpt|standfirst|intro|summary|abstract|deck|dek|sapo"
                    + "|entradilla|vorspann|subtitle|subheadline|subhead|strapline|teaser|sommario|bajada|description)([-_\\s]|$)");
    private static final int MIN_CHARS = 40;
    private static final int MAX_CHARS = 800;
    private static final double MAX_LINK_DENSITY = 0.3;

    private Standfirst() {
    }

    /**
     * The element named as a standfirst that comes after the headline repeating the title and before the
     * first container of the body, outside it; null when there is none.
     */
    static Element find(Element body, List<Element> roots, ElementStats stats, String title) {
        Element headline = HeadlineAnchor.headline(body, title);
        if (headline == null || roots.isEmpty()) {
            return null;
        }
        Element first = roots.get(0);
        Set<Element> aroundFirst = new HashSet<>(first.parents());
        Element[] found = {null};
        boolean[] afterHeadline = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (el == first) {
                    return FilterResult.STOP;
                }
                if (el == headline) {
                    afterHeadline[0] = true;
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (afterHeadline[0] && !aroundFirst.contains(el) && names(el) && fits(stats.get(el))) {
                    found[0] = el;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        return found[0];
    }

    private static boolean names(Element el) {
        String names = ClassHints.names(el);
        return !names.isEmpty() && NAME.matcher(names).find() && !ClassHints.unlikely(el);
    }

    private static boolean fits(ElementStats.Stat st) {
        return st.chars >= MIN_CHARS && st.chars <= MAX_CHARS && st.linkDensity() <= MAX_LINK_DENSITY;
    }
}
