package io.articlededup.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Turns base documents into drafts: picks the site, stamps boilerplate, applies transformations, sets times. */
final class Publisher {

    private final List<SourceDoc> docs;
    private final Map<String, String> urls;
    private final List<FakeSites.Site> sites;
    private final StreamSpec spec;
    private final SplittableRandom rnd;
    private final SplittableRandom timeRnd;
    private int seq;

    Publisher(List<SourceDoc> docs, Map<String, String> urls, List<FakeSites.Site> sites, StreamSpec spec,
              SplittableRandom rnd, SplittableRandom timeRnd) {
        this.docs = docs;
        this.urls = urls;
        this.sites = sites;
        this.spec = spec;
        this.rnd = rnd;
        this.timeRnd = timeRnd;
    }

    /** A story's first event; a hard negative ({@code sameSiteAs} != null) goes to its anchor's site. */
    Draft original(int doc, String kind, long time, Draft sameSiteAs) {
        SourceDoc d = docs.get(doc);
        FakeSites.Site site;
        if (sameSiteAs != null) {
            site = sameSiteAs.site;
        } else {
            site = !sites.isEmpty() && rnd.nextDouble() < spec.fakeSourceShare() ? sites.get(rnd.nextInt(sites.size()))
                    : null;
        }
        Page page = onSite(d, site);
        return new Draft(seq++, kind, null, page, site, page.render(), rnd.nextDouble() < spec.bodyShare(), time);
    }

    /** Another member of a natural group, on the first member's site with the same boilerplate. */
    Draft naturalMember(Draft rep, int member) {
        SourceDoc d = docs.get(member);
        Page base = onSite(d, rep.site);
        Page page = new Page(base.source(), base.url(), base.title(), base.content(), rep.page.boilerplate(),
                rep.page.promoAfter() < d.paragraphs().size() - 1 ? rep.page.promoAfter() : -1);
        boolean same = TextKeys.words(d.paragraphs()).equals(TextKeys.words(rep.page.content()));
        String kind = same ? Kinds.NATURAL_EXACT_DUP : Kinds.NATURAL_NEAR_DUP;
        return new Draft(seq++, kind, rep, page, rep.site, page.render(), rnd.nextDouble() < spec.bodyShare(),
                after(rep));
    }

    /** A synthetic duplicate of {@code target} of the given kind (paragraph_dropped needs 3+ paragraphs). */
    Draft duplicate(Draft target, String kind) {
        Page p = target.page;
        if (Kinds.PARAGRAPH_DROPPED.equals(kind) && p.content().size() < 3) {
            kind = Kinds.COPY_EDIT;
        }
        FakeSites.Site site = target.site;
        Page page;
        Page.Rendered rendered = null;
        boolean asBody = rnd.nextDouble() < spec.bodyShare();
        switch (kind) {
            case Kinds.EXACT_RESEND -> {
                page = Transformations.exactResend(p, rnd);
                asBody = target.asBody;
            }
            case Kinds.RESCRAPE -> {
                page = p;
                rendered = Transformations.rescrape(p, rnd);
                asBody = true;
            }
            case Kinds.SYNDICATED -> {
                String from = target.site != null ? target.site.name() : Sites.displayName(p.source());
                List<FakeSites.Site> others = new ArrayList<>(sites);
                others.removeIf(s -> s.host().equals(p.source()));
                site = others.get(rnd.nextInt(others.size()));
                Page moved = new Page(site.host(), site.url(Sites.slug(p.title(), seq)), p.title(),
                        Transformations.syndicate(p.content(), from, rnd), List.of(), -1);
                page = Transformations.stamp(moved, site, spec.boilerplateShare(), rnd);
            }
            case Kinds.COPY_EDIT -> page = p.withContent(TextEdits.copyEdit(p.content(),
                    Transformations.EDIT_MIN, Transformations.EDIT_MAX, rnd));
            case Kinds.PARAGRAPH_ADDED -> {
                SourceDoc other = docs.get(rnd.nextInt(docs.size()));
                String extra = other.paragraphs().get(rnd.nextInt(other.paragraphs().size()));
                page = p.withContent(TextEdits.addParagraph(p.content(), extra, 1, rnd));
            }
            case Kinds.PARAGRAPH_DROPPED -> page = p.withContent(TextEdits.dropParagraph(p.content(), rnd));
            default -> throw new IllegalArgumentException("not a synthetic kind: " + kind);
        }
        return new Draft(seq++, kind, target, page, site, rendered != null ? rendered : page.render(), asBody,
                after(target));
    }

    /** A time after {@code d}: uniform in (0, maxDuplicateDelay]. */
    long after(Draft d) {
        long max = Math.max(1, spec.maxDuplicateDelay().toMillis());
        return d.time + 1 + timeRnd.nextLong(max);
    }

    private Page onSite(SourceDoc d, FakeSites.Site site) {
        if (site == null) {
            String url = Sites.nativeUrl(d, urls);
            return new Page(RawEvents.host(url), url, d.title(), d.paragraphs(), List.of(), -1);
        }
        Page p = new Page(site.host(), site.url(Sites.slug(d.title(), seq)), d.title(), d.paragraphs(), List.of(), -1);
        return Transformations.stamp(p, site, spec.boilerplateShare(), rnd);
    }
}
