package io.articlededup.eval.html;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints one table per data set: a row per extractor and metric. */
public final class Report {

    private final PrintStream out;

    public Report(PrintStream out) {
        this.out = out;
    }

    public void print(String set, List<ExtractorResult> results) {
        out.println();
        out.println("== " + set + " ==");
        out.printf(Locale.ROOT, "%-18s %-22s %6s %6s %6s %6s %6s %8s %5s%n",
                "extractor", "metric", "P", "R", "F1", "acc", "pages", "pages/s", "fail");
        for (ExtractorResult r : results) {
            boolean first = true;
            for (MetricRow m : r.metrics()) {
                String fail = r.failures() + (r.timeouts() > 0 ? " (" + r.timeouts() + " t/o)" : "");
                out.printf(Locale.ROOT, "%-18s %-22s %6.3f %6.3f %6.3f %6s %6s %8s %5s%n",
                        first ? r.extractor() : "", m.metric(), m.precision(), m.recall(), m.f1(),
                        Double.isNaN(m.accuracy()) ? "" : String.format(Locale.ROOT, "%.3f", m.accuracy()),
                        first ? Integer.toString(r.pages()) : "",
                        first ? String.format(Locale.ROOT, "%.1f", r.pagesPerSecond()) : "",
                        first ? fail : "");
                first = false;
            }
        }
        if (set.equals("trafilatura")) {
            out.println("reference (trafilatura docs / other measurements): raw HTML 0.528/0.906/0.667;"
                    + " Readability4J 0.866/0.907/0.886; Boilerpipe ArticleExtractor 0.824/0.821/0.823;"
                    + " boilerpy3 F1 0.807, readability-lxml F1 0.826");
        }
        out.flush();
    }
}
