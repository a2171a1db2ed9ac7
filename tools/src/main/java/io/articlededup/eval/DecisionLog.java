package io.articlededup.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One JSON line per labelled event: its ground truth beside what the pipeline published for it, so a
 * wrong or missing link can be read event by event ({@code eval --decisions FILE}).
 */
public final class DecisionLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DecisionLog() {
    }

    /** {@code portalOf} names each event's site (empty for the text stream). */
    public static void write(Path file, List<LabelledEvent> events, Map<String, Decision> decisions,
                             Map<String, String> portalOf) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (LabelledEvent e : events) {
                ObjectNode line = JSON.createObjectNode();
                line.put("id", e.id());
                line.put("cluster", e.clusterId());
                line.put("kind", e.kind());
                line.put("portal", portalOf.get(e.id()));
                line.put("expected", e.expectedStatus());
                Decision d = decisions.get(e.id());
                if (d != null) {
                    line.put("status", d.status());
                    line.put("duplicate_of", d.duplicateOf());
                    if (d.keptParagraphs() != null) {
                        line.set("paragraphs", JSON.valueToTree(d.keptParagraphs()));
                    }
                }
                out.write(JSON.writeValueAsString(line));
                out.newLine();
            }
        }
    }
}
