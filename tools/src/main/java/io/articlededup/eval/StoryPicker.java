package io.articlededup.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Chooses which base documents start stories, which natural groups are used, and the hard-negative pairs. */
final class StoryPicker {

    private final List<Integer> starters = new ArrayList<>();
    private final List<List<Integer>> naturalUsed = new ArrayList<>();
    private final List<int[]> hardNegatives = new ArrayList<>();

    StoryPicker(List<SourceDoc> docs, List<List<Integer>> groups, StreamSpec spec, SplittableRandom rnd) {
        boolean[] grouped = new boolean[docs.size()];
        groups.forEach(g -> g.forEach(i -> grouped[i] = true));
        List<List<Integer>> order = new ArrayList<>(groups);
        shuffle(order, rnd);
        int nat = Math.min(Math.min(spec.naturalGroups(), order.size()), spec.originals() / 2);
        naturalUsed.addAll(order.subList(0, nat));
        List<Integer> singles = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            if (!grouped[i]) {
                singles.add(i);
            }
        }
        shuffle(singles, rnd);
        int hn = (int) Math.round(spec.hardNegativeShare() * spec.originals());
        int plain = Math.max(0, Math.min(singles.size(), spec.originals() - nat - hn));
        naturalUsed.forEach(g -> starters.add(g.get(0)));
        starters.addAll(singles.subList(0, plain));
        shuffle(starters, rnd);
        HardNegatives picker = new HardNegatives(docs, singles.subList(plain, singles.size()));
        List<Integer> anchors = new ArrayList<>(starters);
        shuffle(anchors, rnd);
        for (int i = 0; i < anchors.size() && hardNegatives.size() < hn; i++) {
            int partner = picker.partnerFor(anchors.get(i));
            if (partner >= 0) {
                hardNegatives.add(new int[] {anchors.get(i), partner});
            }
        }
    }

    /** Documents that start a story, in publication order (natural group firsts and plain singles). */
    List<Integer> starters() {
        return starters;
    }

    List<List<Integer>> naturalGroupsUsed() {
        return naturalUsed;
    }

    /** Pairs {anchor, partner}: the partner is published after the anchor as kind hard_negative. */
    List<int[]> hardNegatives() {
        return hardNegatives;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom rnd) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }
}
