package io.articlededup.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * An article as one site shows it, before it is rendered into a raw event: the story's content paragraphs,
 * and the site boilerplate stamped on it (at the end, except that the first boilerplate paragraph may sit
 * after content paragraph {@code promoAfter} as a mid-article promo; -1 = all at the end).
 */
record Page(String source, String url, String title, List<String> content, List<String> boilerplate,
            int promoAfter) {

    Page {
        content = List.copyOf(content);
        boilerplate = List.copyOf(boilerplate);
    }

    Page withContent(List<String> newContent) {
        int promo = promoAfter >= newContent.size() - 1 ? -1 : promoAfter;
        return new Page(source, url, title, newContent, boilerplate, promo);
    }

    Page withUrl(String newUrl) {
        return new Page(source, newUrl, title, content, boilerplate, promoAfter);
    }

    /**
     * The raw paragraph list with the indexes of boilerplate and of noise (paragraphs the cleaner should drop
     * because they are not content: repeats, UI lines, a repeated headline).
     */
    record Rendered(List<String> paragraphs, List<Integer> boilerplateIdx, List<Integer> noiseIdx) {
    }

    /** Plain rendering: content with the boilerplate in place. */
    Rendered render() {
        Builder b = new Builder();
        for (int i = 0; i < content.size(); i++) {
            b.content(content.get(i));
            if (i == promoAfter && !boilerplate.isEmpty()) {
                b.boilerplate(boilerplate.get(0));
            }
        }
        for (int i = (promoAfter >= 0 ? 1 : 0); i < boilerplate.size(); i++) {
            b.boilerplate(boilerplate.get(i));
        }
        return b.build();
    }

    static final class Builder {
        private final List<String> paras = new ArrayList<>();
        private final List<Integer> bp = new ArrayList<>();
        private final List<Integer> noise = new ArrayList<>();

        Builder content(String p) {
            paras.add(p);
            return this;
        }

        Builder boilerplate(String p) {
            bp.add(paras.size());
            paras.add(p);
            return this;
        }

        Builder noise(String p) {
            noise.add(paras.size());
            paras.add(p);
            return this;
        }

        Rendered build() {
            return new Rendered(List.copyOf(paras), List.copyOf(bp), List.copyOf(noise));
        }
    }
}
