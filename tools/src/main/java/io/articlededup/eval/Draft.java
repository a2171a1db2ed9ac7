package io.articlededup.eval;

/** An event being built: mutable until the builder orders the stream and assigns ids. */
final class Draft {
    final int seq;
    final String kind;
    /** First event of this event's story; null when this event is itself the first. */
    final Draft cluster;
    final Page page;
    /** The invented site this page is on, or null for the corpus' own host. */
    final FakeSites.Site site;
    final Page.Rendered rendered;
    final boolean asBody;
    final String source;
    final String url;
    final String title;
    long time;
    String id;

    Draft(int seq, String kind, Draft cluster, Page page, FakeSites.Site site, Page.Rendered rendered,
          boolean asBody, long time) {
        this.seq = seq;
        this.kind = kind;
        this.cluster = cluster;
        this.page = page;
        this.site = site;
        this.rendered = rendered;
        this.asBody = asBody;
        this.source = page.source();
        this.url = page.url();
        this.title = page.title();
        this.time = time;
    }
}
