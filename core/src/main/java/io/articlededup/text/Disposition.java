package io.articlededup.text;

/** What the cleaning stages decided for one input paragraph. */
public enum Disposition {
    KEPT,
    REPEATED,
    HEADLINE,
    UI_LINE,
    /** Assigned by the per-source boilerplate stage, never by {@link ParagraphCleaner}. */
    BOILERPLATE,
    /**
     * Assigned by the per-source boilerplate stage to a page block at a position of the site's template
     * (a named widget that many of the site's pages carry, whatever its words), never by {@link ParagraphCleaner}.
     */
    TEMPLATE;

    /** Lower-case name used in metrics tags and event JSON, stable even if constants are renamed. */
    public String label() {
        return switch (this) {
            case KEPT -> "kept";
            case REPEATED -> "repeated";
            case HEADLINE -> "headline";
            case UI_LINE -> "ui_line";
            case BOILERPLATE -> "boilerplate";
            case TEMPLATE -> "template";
        };
    }
}
