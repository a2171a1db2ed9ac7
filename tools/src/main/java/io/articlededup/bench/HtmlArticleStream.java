package io.articlededup.bench;

import io.articlededup.bench.HtmlPages.HtmlPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The html bench's raw events {@code {"id","url","html"}}: real pages with a known duplicate mix. Unique
 * events are first every page once, as served; after that, editions of the pages that have at least
 * {@value #MIN_EDITION_PARAGRAPHS} article paragraphs ({@link PageEditions}: the same markup, other article
 * text), so a run can be longer than the sets. Of the duplicates, half are exact resends of an earlier
 * event's bytes and half re-scrapes of its page ({@link PageEditions#render}), near duplicates when a
 * paragraph was rewritten and exact ones (same text, other markup) when the page has no article paragraph.
 * A page or edition the application rejects is sent once and expected in the dead letters.
 */
public final class HtmlArticleStream extends BenchStream {
    static final int MIN_EDITION_PARAGRAPHS = 3;
    private static final int MEMORY = 20_000;
    private final List<HtmlPage> pages;
    private final PageEditions[] editions;
    private final List<String> pool;
    private final Random random;
    private final long seed;
    private final double dupShare;
    /** Earlier unique events: page index in the high half, edition in the low. */
    private final long[] recent = new long[MEMORY];
    private final List<Integer> editable = new ArrayList<>();
    private int remembered;
    private int made;
    private long rescrapes;

    /**
     * @param pages    the real pages, in the order their first uses go
     * @param pool     real paragraphs, the text of editions and of rewritten paragraphs
     * @param dupShare share of exact resends + re-scrapes, half each
     */
    public HtmlArticleStream(List<HtmlPage> pages, List<String> pool, long seed, double dupShare) {
        this.pages = pages;
        this.editions = new PageEditions[pages.size()];
        this.pool = pool;
        this.random = new Random(seed);
        this.seed = seed;
        this.dupShare = dupShare;
    }

    /** Re-scrapes among the duplicates (the rest are resends of the same bytes). */
    public long rescrapes() {
        return rescrapes;
    }

    @Override
    public byte[] next(String id) {
        double r = random.nextDouble();
        if (remembered > 0 && r < dupShare) {
            long pick = recent[random.nextInt(Math.min(remembered, MEMORY))];
            int page = (int) (pick >>> 32);
            int edition = (int) pick;
            if (r < dupShare / 2) {
                exact++;
                return HtmlPages.rawEvent(id, url(page, edition), html(page, edition));
            }
            rescrapes++;
            PageEditions.Version v = rescrape(page, edition, new Random(random.nextLong()));
            if (v.articleParagraphs() > 0) {
                near++;
            } else {
                exact++;
            }
            return HtmlPages.rawEvent(id, url(page, edition), v.html());
        }
        int n = made++;
        int page;
        int edition;
        if (n < pages.size()) {
            page = n;
            edition = 0;
            if (editions(page).articleParagraphs() >= MIN_EDITION_PARAGRAPHS) {
                editable.add(page);
            }
        } else {
            if (editable.isEmpty()) {
                throw new IllegalStateException("no page has " + MIN_EDITION_PARAGRAPHS + " article paragraphs to make editions of");
            }
            int k = n - pages.size();
            page = editable.get(k % editable.size());
            edition = 1 + k / editable.size();
        }
        String url = url(page, edition);
        String html = html(page, edition);
        if (edition == 0 ? editions(page).rejected() : PageEditions.rejects(html, url)) {
            // a page the application finds no article in: a dead letter, never resent or re-scraped
            deadLetters++;
            return HtmlPages.rawEvent(id, url, html);
        }
        recent[remembered++ % MEMORY] = ((long) page << 32) | edition;
        uniques++;
        return HtmlPages.rawEvent(id, url, html);
    }

    /** The bytes as served for the first use of a page, not a re-serialisation. */
    private String html(int page, int edition) {
        return edition == 0 ? pages.get(page).html() : editions(page).render(editionSeed(page, edition), null, pool).html();
    }

    private PageEditions.Version rescrape(int page, int edition, Random random) {
        return editions(page).render(edition == 0 ? 0 : editionSeed(page, edition), random, pool);
    }

    private long editionSeed(int page, int edition) {
        return seed * 1_000_003L + page * 7919L + edition;
    }

    private PageEditions editions(int page) {
        if (editions[page] == null) {
            editions[page] = new PageEditions(pages.get(page).html(), pages.get(page).url());
        }
        return editions[page];
    }

    private String url(int page, int edition) {
        String url = pages.get(page).url();
        if (url.isEmpty() || edition == 0) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "edition=" + edition;
    }
}
