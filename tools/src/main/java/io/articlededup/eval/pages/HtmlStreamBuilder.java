package io.articlededup.eval.pages;

import io.articlededup.eval.RawEvents;
import io.articlededup.eval.BaseCorpus;
import io.articlededup.eval.Kinds;
import io.articlededup.eval.LabelledEvent;
import io.articlededup.eval.LabelledStreamBuilder;
import io.articlededup.eval.SourceDoc;
import io.articlededup.eval.StreamSpec;
import io.articlededup.eval.html.TextNorm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds an html stream from the text stream of {@link LabelledStreamBuilder}: every event keeps its story,
 * cluster and kind, and its text is poured into a real page of a portal. A story's first event goes to a
 * random portal and template; a hard negative goes to the template of the earlier story of its site it
 * shares most words with (so two different stories carry all the same furniture); copies made on the same
 * site (re-scrapes, copy edits, paragraphs added or dropped) keep the template and url with the page built
 * again (other teasers, the date of the day); an exact resend is the same page byte for byte; natural
 * duplicates are other pages of the same portal; a syndicated copy goes to another portal.
 */
public final class HtmlStreamBuilder {

    /** Stream size and portals. */
    public record Spec(long seed, int originals, int portals) {
        /** About 1,000 events on 24 portals. */
        public static Spec defaults() {
            return new Spec(42L, 660, 24);
        }
    }

    /** Where a story's first page went. */
    private record Placement(Portal portal, Template template, String url, String html, Set<String> words,
                             String source) {
    }

    private final Spec spec;

    public HtmlStreamBuilder(Spec spec) {
        this.spec = spec;
    }

    /** Text stream as {@code eval} builds it, at this size, with natural groups in the same proportion. */
    static StreamSpec textSpec(Spec spec) {
        StreamSpec d = StreamSpec.defaults();
        int natural = (int) Math.round(d.naturalGroups() * spec.originals() / (double) d.originals());
        return new StreamSpec(spec.seed(), spec.originals(), d.duplicateShare(), d.kindWeights(),
                d.hardNegativeShare(), natural, d.fakeSources(), d.fakeSourceShare(), d.boilerplateShare(),
                d.bodyShare(), d.minWords(), d.shingleSize(), d.naturalThreshold(), d.start(), d.meanGap(),
                d.maxDuplicateDelay());
    }

    public HtmlStream build(BaseCorpus base, Portals.Made made) {
        List<LabelledEvent> text = new LabelledStreamBuilder(textSpec(spec)).build(base);
        List<Portal> portals = made.portals();
        SplittableRandom rnd = new SplittableRandom(spec.seed() ^ 0x5DEECE66DL);
        // teasers draw from their own stream, so a template with more teaser links moves no story to another portal
        SplittableRandom teaserRnd = rnd.split();
        List<String> headlines = base.docs().stream().map(SourceDoc::title).filter(t -> !t.isBlank()).toList();
        List<String> leads = base.docs().stream().filter(d -> !d.paragraphs().isEmpty())
                .map(d -> Template.firstSentence(d.paragraphs().get(0))).toList();
        Map<String, Placement> byCluster = new HashMap<>();
        List<Placement> firsts = new ArrayList<>();
        List<LabelledEvent> events = new ArrayList<>();
        Map<String, StoryText> stories = new HashMap<>();
        Map<String, String> portalOf = new HashMap<>();
        for (LabelledEvent e : text) {
            StoryText story = new StoryText(e.raw().path("title").asText(""), e.contentParagraphs());
            Instant date = Instant.parse(e.raw().get("published_at").asText());
            Placement first = byCluster.get(e.clusterId());
            Portal portal;
            Template template;
            String url;
            String html;
            switch (first == null ? "first" : e.kind()) {
                case "first" -> {
                    Placement partner = Kinds.HARD_NEGATIVE.equals(e.kind()) ? closest(firsts, e, story) : null;
                    portal = partner != null ? partner.portal() : portals.get(rnd.nextInt(portals.size()));
                    template = partner != null ? partner.template() : pick(portal, rnd);
                    url = url(portal, story.title(), events.size());
                    html = null;
                }
                case Kinds.EXACT_RESEND -> {
                    portal = first.portal();
                    template = first.template();
                    url = e.raw().path("url").asText().endsWith("?output=amp") ? first.url() + "?output=amp" : first.url();
                    html = first.html();
                }
                case Kinds.SYNDICATED -> {
                    int i = rnd.nextInt(portals.size() - 1);
                    portal = portals.get(i >= portals.indexOf(first.portal()) ? i + 1 : i);
                    template = pick(portal, rnd);
                    url = url(portal, story.title(), events.size());
                    html = null;
                }
                case Kinds.NATURAL_EXACT_DUP, Kinds.NATURAL_NEAR_DUP -> {
                    portal = first.portal();
                    template = pick(portal, rnd);
                    url = url(portal, story.title(), events.size());
                    html = null;
                }
                default -> {
                    portal = first.portal();
                    template = first.template();
                    url = first.url();
                    html = null;
                }
            }
            if (html == null) {
                html = template.render(new Template.Fill(story.title(), story.paragraphs(), url, date,
                        () -> headlines.get(teaserRnd.nextInt(headlines.size())),
                        () -> leads.get(teaserRnd.nextInt(leads.size()))));
            }
            if (first == null) {
                Placement p = new Placement(portal, template, url, html, wordSet(story),
                        e.raw().path("source").asText(""));
                byCluster.put(e.clusterId(), p);
                firsts.add(p);
            }
            events.add(new LabelledEvent(e.id(), e.clusterId(), e.kind(), RawEvents.html(e.id(), url, html, date), List.of(),
                    List.of()));
            stories.put(e.id(), story);
            portalOf.put(e.id(), portal.host());
        }
        return new HtmlStream(events, stories, portalOf, made);
    }

    /** The earlier story of the same site with the most words in common: the text stream's anchor or its like. */
    private static Placement closest(List<Placement> firsts, LabelledEvent e, StoryText story) {
        Set<String> words = wordSet(story);
        String source = e.raw().path("source").asText("");
        Placement best = null;
        double bestSim = -1;
        for (Placement p : firsts) {
            if (!p.source().equals(source)) {
                continue;
            }
            long common = p.words().stream().filter(words::contains).count();
            double sim = common / (double) (p.words().size() + words.size() - common);
            if (sim > bestSim) {
                bestSim = sim;
                best = p;
            }
        }
        return best;
    }

    private static Set<String> wordSet(StoryText s) {
        return new HashSet<>(TextNorm.words(String.join(" ", s.paragraphs())));
    }

    private static Template pick(Portal p, SplittableRandom rnd) {
        return p.templates().get(rnd.nextInt(p.templates().size()));
    }

    private static String url(Portal p, String title, int n) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
        return "https://" + p.host() + "/news/" + (slug.isEmpty() ? "story" : slug) + "-" + n;
    }
}
