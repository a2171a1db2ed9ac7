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
}
