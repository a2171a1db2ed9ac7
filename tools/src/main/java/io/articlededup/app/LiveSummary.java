package io.articlededup.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.io.PrintStream;

/** One line of what the processor has done so far, read from its own counters. */
final class LiveSummary {
    private final MeterRegistry registry;
    private String last = "";

    LiveSummary(MeterRegistry registry) {
        this.registry = registry;
    }

    String line() {
        double unique = count("dedup_articles", "outcome", "unique");
        double exact = count("dedup_articles", "outcome", "exact_duplicate");
        double near = count("dedup_articles", "outcome", "near_duplicate");
        double invalid = count("dedup_articles", "outcome", "invalid");
        double removed = 0;
        for (String d : new String[] {"repeated", "headline", "ui_line", "boilerplate"}) {
            removed += count("dedup_paragraphs", "disposition", d);
        }
        return String.format("articles in: %d | unique: %d | exact duplicates: %d | near duplicates: %d"
                        + " | dead letters: %d | paragraphs removed: %d",
                (long) (unique + exact + near + invalid), (long) unique, (long) exact, (long) near, (long) invalid,
                (long) removed);
    }

    /** Prints the line when it changed since the last call. */
    void printIfChanged(PrintStream out) {
        String l = line();
        if (!l.equals(last)) {
            out.println(l);
            out.flush();
            last = l;
        }
    }

    private double count(String name, String tag, String value) {
        Counter c = registry.find(name).tag(tag, value).counter();
        return c == null ? 0 : c.count();
    }
}
