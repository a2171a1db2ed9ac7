package io.articlededup.text;

/** What the cleaning stages decided for one input paragraph. */
public enum Disposition {
    KEPT,
    REPEATED,
    HEADLINE,
    UI_LINE,
    /** Assigned by the per-source boilerplate stage, never by {@link ParagraphCleaner}. */
    BOILERPLATE;

    /** Lower-case name used in metrics tags and event JSON, stable even if constants are renamed. */
    public String label() {
        return switch (this) {
            case KEPT -> "kept";
            case REPEATED -> "repeated";
            case HEADLINE -> "headline";
            case UI_LINE -> "ui_line";
            case BOILERPLATE -> "boilerplate";
        };
    }
}
