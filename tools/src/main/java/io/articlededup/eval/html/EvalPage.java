package io.articlededup.eval.html;

/** One page of a data set: an id unique in its set, the page URL, decoded HTML and its gold annotation. */
public record EvalPage<G>(String id, String url, String html, G gold) {
}
