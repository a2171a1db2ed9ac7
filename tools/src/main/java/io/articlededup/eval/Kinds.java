package io.articlededup.eval;

import java.util.List;
import java.util.Set;

/** Event kinds of a labelled stream and the pipeline status each one should get. */
public final class Kinds {

    public static final String ORIGINAL = "original";
    public static final String HARD_NEGATIVE = "hard_negative";
    public static final String EXACT_RESEND = "exact_resend";
    public static final String RESCRAPE = "rescrape";
    public static final String SYNDICATED = "syndicated";
    public static final String COPY_EDIT = "copy_edit";
    public static final String PARAGRAPH_ADDED = "paragraph_added";
    public static final String PARAGRAPH_DROPPED = "paragraph_dropped";
    public static final String NATURAL_EXACT_DUP = "natural_exact_dup";
    public static final String NATURAL_NEAR_DUP = "natural_near_dup";

    public static final String UNIQUE = "unique";
    public static final String EXACT_DUPLICATE = "exact_duplicate";
    public static final String NEAR_DUPLICATE = "near_duplicate";

    /** The synthetic duplicate kinds, in the order their weights are listed. */
    public static final List<String> SYNTHETIC = List.of(EXACT_RESEND, RESCRAPE, SYNDICATED, COPY_EDIT,
            PARAGRAPH_ADDED, PARAGRAPH_DROPPED);

    /** Kinds whose cleaned content equals the original's cleaned content. */
    private static final Set<String> EXACT = Set.of(EXACT_RESEND, RESCRAPE, NATURAL_EXACT_DUP);
    private static final Set<String> FIRST = Set.of(ORIGINAL, HARD_NEGATIVE);

    private Kinds() {
    }

    /** {@code unique} for the first event of a story, else {@code exact_duplicate} or {@code near_duplicate}. */
    public static String expectedStatus(String kind) {
        if (FIRST.contains(kind)) {
            return UNIQUE;
        }
        return EXACT.contains(kind) ? EXACT_DUPLICATE : NEAR_DUPLICATE;
    }
}
