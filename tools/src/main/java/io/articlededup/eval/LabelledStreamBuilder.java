package io.articlededup.eval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Builds a labelled stream of raw article events from base documents, as described in
 * {@code docs/evaluation-data.md}. The same spec and documents always give the same stream.
 */
public final class LabelledStreamBuilder {

    private final StreamSpec spec;
    private BuildStats stats;

    public LabelledStreamBuilder(StreamSpec spec) {
        this.spec = spec;
    }

    /** Stream from documents alone (no groups known in advance, made-up urls). */
    public List<LabelledEvent> build(List<SourceDoc> docs) {
        return build(BaseCorpus.of(docs));
    }

    /** Stream from a base corpus; events are in {@code published_at} order. */
    public List<LabelledEvent> build(BaseCorpus base) {
        SplittableRandom root = new SplittableRandom(spec.seed());
        SplittableRandom siteRnd = root.split();
        SplittableRandom pickRnd = root.split();
        SplittableRandom timeRnd = root.split();
        SplittableRandom editRnd = root.split();
        List<FakeSites.Site> sites = FakeSites.create(spec.fakeSources(), siteRnd);

        List<SourceDoc> docs = usable(base.docs());
        NaturalPlan natural = NaturalPlan.of(docs, base.knownDuplicateGroups(), spec);
        StoryPicker picker = new StoryPicker(docs, natural.groups(), spec, pickRnd);
        Publisher pub = new Publisher(docs, base.urls(), sites, spec, editRnd, timeRnd);

        // stories: starters (natural group firsts and plain singles) in shuffled order, one after another
        List<Draft> firsts = new ArrayList<>();
        Map<Integer, Draft> byDoc = new HashMap<>();
        long t = spec.start().toEpochMilli();
        for (int d : picker.starters()) {
            Draft o = pub.original(d, Kinds.ORIGINAL, t, null);
            firsts.add(o);
            byDoc.put(d, o);
            t += Math.max(1, Math.round(-Math.log(1 - timeRnd.nextDouble()) * spec.meanGap().toMillis()));
        }
        List<Draft> all = new ArrayList<>(firsts);
        for (int[] pair : picker.hardNegatives()) {
            Draft anchor = byDoc.get(pair[0]);
            Draft hn = pub.original(pair[1], Kinds.HARD_NEGATIVE, pub.after(anchor), anchor);
            firsts.add(hn);
            all.add(hn);
        }
        for (List<Integer> g : picker.naturalGroupsUsed()) {
            Draft rep = byDoc.get(g.get(0));
            for (int m : g.subList(1, g.size())) {
                all.add(pub.naturalMember(rep, m));
            }
        }
        int synthetic = (int) Math.round(firsts.size() * spec.duplicateShare() / (1 - spec.duplicateShare()));
        for (int i = 0; i < synthetic; i++) {
            Draft target = firsts.get(pickRnd.nextInt(firsts.size()));
            all.add(pub.duplicate(target, pickKind(pickRnd)));
        }
        List<LabelledEvent> events = finish(all);
        Map<String, Integer> byKind = new TreeMap<>();
        events.forEach(e -> byKind.merge(e.kind(), 1, Integer::sum));
        stats = natural.stats(base.docs().size(), picker.naturalGroupsUsed().size(), byKind);
        return events;
    }

    /** Statistics of the last {@link #build} call (null before the first). */
    public BuildStats stats() {
        return stats;
    }

    private List<SourceDoc> usable(List<SourceDoc> in) {
        List<SourceDoc> out = new ArrayList<>();
        for (SourceDoc d : in) {
            List<String> paras = d.paragraphs().stream().map(TextKeys::oneLine).filter(p -> !p.isEmpty()).toList();
            SourceDoc n = new SourceDoc(d.corpus(), d.docId(), TextKeys.oneLine(d.title()), paras);
            if (!paras.isEmpty() && n.wordCount() >= spec.minWords()) {
                out.add(n);
            }
        }
        return out;
    }

    private String pickKind(SplittableRandom rnd) {
        double total = 0;
        for (String k : Kinds.SYNTHETIC) {
            total += spec.kindWeights().getOrDefault(k, 0.0);
        }
        double x = rnd.nextDouble() * total;
        for (String k : Kinds.SYNTHETIC) {
            x -= spec.kindWeights().getOrDefault(k, 0.0);
            if (x < 0) {
                return k;
            }
        }
        return Kinds.EXACT_RESEND;
    }

    /** Orders by time (creation order on ties), makes times strictly increasing, assigns ids, builds JSON. */
    private static List<LabelledEvent> finish(List<Draft> all) {
        List<Draft> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingLong((Draft d) -> d.time).thenComparingInt(d -> d.seq));
        long last = Long.MIN_VALUE;
        for (int i = 0; i < sorted.size(); i++) {
            Draft d = sorted.get(i);
            d.time = Math.max(d.time, last + 1);
            last = d.time;
            d.id = String.format("ev-%06d", i + 1);
        }
        List<LabelledEvent> out = new ArrayList<>(sorted.size());
        for (Draft d : sorted) {
            String cluster = d.cluster == null ? d.id : d.cluster.id;
            out.add(new LabelledEvent(d.id, cluster, d.kind,
                    RawEvents.create(d.id, d.url, d.source, d.title, d.rendered.paragraphs(), d.asBody,
                            Instant.ofEpochMilli(d.time)),
                    d.rendered.boilerplateIdx(), d.rendered.noiseIdx()));
        }
        return Collections.unmodifiableList(out);
    }
}
