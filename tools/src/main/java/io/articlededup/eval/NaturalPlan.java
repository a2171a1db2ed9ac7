package io.articlededup.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The natural duplicate groups of the usable base documents: shingle grouping plus groups known in advance. */
record NaturalPlan(List<List<Integer>> groups, int byShingles, int known, int knownFound,
                   Map<String, Integer> byCorpus, int docsInGroups, int largest, int docsUsable) {

    private static final Logger LOG = LoggerFactory.getLogger(NaturalPlan.class);

    static NaturalPlan of(List<SourceDoc> docs, List<List<String>> knownIds, StreamSpec spec) {
        long t0 = System.nanoTime();
        NaturalDuplicates.Result shingles = NaturalDuplicates.find(docs, spec.shingleSize(), spec.naturalThreshold());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            index.put(docs.get(i).docId(), i);
        }
        List<List<Integer>> known = new ArrayList<>();
        for (List<String> g : knownIds) {
            List<Integer> idx = g.stream().filter(index::containsKey).map(index::get).sorted().toList();
            if (idx.size() > 1) {
                known.add(idx);
            }
        }
        int[] groupOf = shingles.groupOf(docs.size());
        int found = 0;
        for (List<Integer> g : known) {
            Set<Integer> gs = new HashSet<>();
            g.forEach(i -> gs.add(groupOf[i]));
            if (gs.size() == 1 && !gs.contains(-1)) {
                found++;
            }
        }
        NaturalDuplicates.Result merged = NaturalDuplicates.merge(shingles, docs.size(), known);
        Map<String, Integer> byCorpus = new TreeMap<>();
        int inGroups = 0;
        int largest = 0;
        for (List<Integer> g : merged.groups()) {
            byCorpus.merge(docs.get(g.get(0)).corpus(), 1, Integer::sum);
            inGroups += g.size();
            largest = Math.max(largest, g.size());
        }
        LOG.info("natural duplicates: {} groups ({} by shingles, {} of {} known groups already found) "
                        + "holding {} of {} documents, largest {}; {} candidate pairs verified; {} ms", merged.groups().size(),
                shingles.groups().size(), found, known.size(), inGroups, docs.size(), largest,
                shingles.candidatePairs(), (System.nanoTime() - t0) / 1_000_000);
        return new NaturalPlan(merged.groups(), shingles.groups().size(), known.size(), found, byCorpus, inGroups,
                largest, docs.size());
    }

    BuildStats stats(int docsIn, int used, Map<String, Integer> eventsByKind) {
        return new BuildStats(docsIn, docsUsable, byShingles, known, knownFound, groups.size(), docsInGroups,
                largest, byCorpus, used, eventsByKind);
    }
}
