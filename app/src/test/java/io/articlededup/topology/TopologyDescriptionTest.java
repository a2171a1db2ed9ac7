package io.articlededup.topology;

import io.articlededup.metrics.DedupMetrics;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names a running deployment's state hangs on, and the description docs/topology.md prints. Stores and
 * internal topics are found again by name after a restart or an upgrade: renaming one would start it
 * empty (and leave the old one's changelog behind). Processor names may change; the document must follow.
 */
class TopologyDescriptionTest {
    private static final TopologyDescription DESCRIPTION =
            DedupTopology.build(TopologySettings.defaults(), DedupMetrics.noop()).describe();

    @Test
    void storesAndInternalTopicsKeepTheirNames() {
        Set<String> stores = new TreeSet<>();
        Set<String> topics = new TreeSet<>();
        for (TopologyDescription.Subtopology sub : DESCRIPTION.subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Processor p) {
                    stores.addAll(p.stores());
                } else if (node instanceof TopologyDescription.Sink sink) {
                    topics.add(sink.topic());
                } else if (node instanceof TopologyDescription.Source source) {
                    topics.addAll(source.topicSet());
                }
            }
        }
        assertThat(stores).containsExactlyInAnyOrder("boilerplate-paragraphs", "boilerplate-paragraphs-by-time",
                "band-index", "band-index-articles", "exact-content-index", "pending-articles", "pending-decisions",
                "decided-articles", "article-decisions", "boilerplate-excerpts", "by-source-watermarks",
                "band-probes-buffer", "band-probes-watermarks");
        assertThat(topics).containsExactlyInAnyOrder("articles.raw", "articles.clean", "articles.duplicates",
                "articles.dlq", "articles-by-source-repartition", "band-probes-repartition",
                "band-answers-repartition", "article-dedup-decision-replies", "article-decisions-repartition");
        assertThat(DedupTopology.STORES).containsExactlyInAnyOrderElementsOf(stores);
    }

    @Test
    void docsPrintTheDescriptionOfTheDefaultConfiguration() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "topology.md"));
        String heading = "## `Topology#describe()` with the default configuration";
        int start = doc.indexOf("```\n", doc.indexOf(heading)) + 4;
        String printed = doc.substring(start, doc.indexOf("```", start));
        assertThat(printed.strip()).isEqualTo(DESCRIPTION.toString().strip());
    }
}
