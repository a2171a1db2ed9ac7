package io.articlededup.eval;

import java.util.Map;

/**
 * What a {@link LabelledStreamBuilder#build} run found and made.
 *
 * @param docsIn                   base documents given
 * @param docsUsable               documents with at least {@code minWords} words
 * @param naturalGroupsByShingles  natural groups found by the shingle Jaccard grouping alone
 * @param knownGroups              groups known in advance (BBC list) whose members are usable
 * @param knownGroupsFoundByShingles of those, how many the shingle grouping had already put in one group
 * @param naturalGroups            natural groups after joining the known ones
 * @param docsInNaturalGroups      documents in those groups
 * @param largestNaturalGroup      size of the largest group
 * @param naturalGroupsByCorpus    natural groups per corpus (of the group's first document)
 * @param naturalGroupsUsed        natural groups put into the stream
 * @param eventsByKind             events per kind in the stream
 */
public record BuildStats(int docsIn, int docsUsable, int naturalGroupsByShingles, int knownGroups,
                         int knownGroupsFoundByShingles, int naturalGroups, int docsInNaturalGroups,
                         int largestNaturalGroup, Map<String, Integer> naturalGroupsByCorpus,
                         int naturalGroupsUsed, Map<String, Integer> eventsByKind) {
}
