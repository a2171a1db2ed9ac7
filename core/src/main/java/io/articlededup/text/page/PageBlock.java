package io.articlededup.text.page;

/**
 * One paragraph of a page's main text, with where it sits: {@code path} is the chain of tag and
 * class names from the body down to the block's element, the same on every page a site builds from
 * one template, so a site's furniture can be recognised by position even when its words change.
 */
public record PageBlock(String text, String tag, String path) {
}
