package io.articlededup.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Our outputs' duplicate links (id -> duplicate_of), to check the one promise a count of statuses cannot
 * show: every cluster has a canonical. Links that form a cycle leave a story with no canonical, so it
 * never reaches the clean topic.
 */
final class DuplicateLinks {
    private final Map<String, String> links = new HashMap<>();

    synchronized void add(String id, String duplicateOf) {
        if (id != null && duplicateOf != null) {
            links.put(id, duplicateOf);
        }
    }

    /** Articles whose chain of duplicate links comes back to itself instead of ending at a canonical. */
    synchronized long articlesInCycles() {
        Set<String> inCycles = new HashSet<>();
        Set<String> ending = new HashSet<>();
        for (String start : links.keySet()) {
            Map<String, Integer> path = new HashMap<>();
            String at = start;
            while (at != null && !ending.contains(at) && !inCycles.contains(at) && !path.containsKey(at)) {
                path.put(at, path.size());
                at = links.get(at);
            }
            if (at != null && path.containsKey(at)) {
                int first = path.get(at);
                path.forEach((id, step) -> {
                    if (step >= first) {
                        inCycles.add(id);
                    }
                });
                path.keySet().removeIf(inCycles::contains);
            }
            ending.addAll(path.keySet());
        }
        return inCycles.size();
    }

    /**
     * Duplicate clusters (a canonical and the articles whose links end at it, two or more) and, of those,
     * the clusters whose canonical is not the earliest member by (event time, id): the bench sends
     * {@code b-i} at base + i ms, so the earliest is the lowest i. {clusters, not earliest}.
     */
    synchronized long[] canonicalNotEarliest() {
        Map<String, Long> earliest = new HashMap<>();
        for (String id : links.keySet()) {
            String root = root(id);
            if (root != null) {
                earliest.merge(root, Math.min(sequence(id), sequence(root)), Math::min);
            }
        }
        long wrong = earliest.entrySet().stream().filter(e -> sequence(e.getKey()) != e.getValue()).count();
        return new long[] {earliest.size(), wrong};
    }

    /** Where the links from {@code id} end; null in a cycle. */
    private String root(String id) {
        Set<String> seen = new HashSet<>();
        String at = id;
        while (links.containsKey(at)) {
            if (!seen.add(at)) {
                return null;
            }
            at = links.get(at);
        }
        return at;
    }

    private static long sequence(String id) {
        try {
            return Long.parseLong(id.substring(id.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
