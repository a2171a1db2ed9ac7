package io.articlededup.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.articlededup.model.EventJson;
import io.articlededup.topology.ArticleDecision;
import io.articlededup.topology.SiteFurniture;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The answers' JSON, field by field, as README documents it. */
class QueryJsonTest {
    private static final long EVENT = Instant.parse("2026-11-25T07:40:00.120Z").toEpochMilli();
    private static final long DECIDED = Instant.parse("2026-11-25T07:40:00.361Z").toEpochMilli();

    private static JsonNode json(Answer a) throws Exception {
        return EventJson.MAPPER.readTree(a.json());
    }

    @Test
    void aDuplicateSaysWhatItDuplicatesAndItsCanonical() throws Exception {
        ArticleDecision d = new ArticleDecision("near_duplicate", "wire-1", 0.8125, "wire.example", "local.example",
                EVENT, DECIDED, List.of(), 0);
        JsonNode n = json(Answer.of(200, QueryJson.article("local-7", d, 10, "10.0.0.2:8080")));
        assertThat(n.toString()).isEqualTo("{\"id\":\"local-7\",\"status\":\"near_duplicate\",\"duplicate_of\":\"wire-1\","
                + "\"similarity\":0.8125,\"canonical_source\":\"wire.example\","
                + "\"canonical\":{\"id\":\"wire-1\",\"source\":\"wire.example\"},\"source\":\"local.example\","
                + "\"event_time\":\"2026-11-25T07:40:00.120Z\",\"decided_at\":\"2026-11-25T07:40:00.361Z\","
                + "\"duplicates\":[],\"duplicates_total\":0,\"served_by\":\"10.0.0.2:8080\"}");
    }

    @Test
    void aCanonicalIsItsOwnCanonicalAndListsItsDuplicatesUpToTheLimit() throws Exception {
        ArticleDecision d = new ArticleDecision("unique", null, null, null, "wire.example", EVENT, DECIDED,
                List.of(new ArticleDecision.DuplicateRef("local-7", "local.example", "near_duplicate", 0.8125),
                        new ArticleDecision.DuplicateRef("mirror-3", "mirror.example", "exact_duplicate", 1.0)), 14);
        JsonNode n = json(Answer.of(200, QueryJson.article("wire-1", d, 1, "h:1")));
        assertThat(n.get("status").asText()).isEqualTo("unique");
        assertThat(n.get("duplicate_of").isNull()).isTrue();
        assertThat(n.get("similarity").isNull()).isTrue();
        assertThat(n.at("/canonical/id").asText()).isEqualTo("wire-1");
        assertThat(n.at("/canonical/source").asText()).isEqualTo("wire.example");
        assertThat(n.get("duplicates").toString()).isEqualTo(
                "[{\"id\":\"local-7\",\"source\":\"local.example\",\"status\":\"near_duplicate\",\"similarity\":0.8125}]");
        assertThat(n.get("duplicates_total").asInt()).isEqualTo(14);
    }

    @Test
    void anIdKnownOnlyFromItsDuplicatesSaysSo() throws Exception {
        ArticleDecision d = new ArticleDecision(null, null, null, null, null, 0, 0,
                List.of(new ArticleDecision.DuplicateRef("local-7", "local.example", "near_duplicate", 0.8125)), 1);
        JsonNode n = json(Answer.of(200, QueryJson.article("wire-1", d, 10, "h:1")));
        assertThat(n.get("status").isNull()).isTrue();
        assertThat(n.get("canonical").isNull()).isTrue();
        assertThat(n.has("event_time")).isFalse();
        assertThat(n.get("note").asText()).contains("not remembered");
        assertThat(n.get("duplicates")).hasSize(1);
    }

    @Test
    void aSitesFurnitureListsKindExcerptCountAndLastSighting() throws Exception {
        SiteFurniture.Listing l = new SiteFurniture.Listing(List.of(
                new SiteFurniture.Entry("Sign up for our newsletter.", false, 48, EVENT),
                new SiteFurniture.Entry("Most read: a headline", true, 7, DECIDED)), 2, false);
        JsonNode n = json(Answer.of(200, QueryJson.boilerplate("daily.example", 5, l, "h:1")));
        assertThat(n.toString()).isEqualTo("{\"source\":\"daily.example\",\"min_articles\":5,\"entries\":["
                + "{\"kind\":\"paragraph\",\"excerpt\":\"Sign up for our newsletter.\",\"articles\":48,\"last_seen\":\"2026-11-25T07:40:00.120Z\"},"
                + "{\"kind\":\"template\",\"excerpt\":\"Most read: a headline\",\"articles\":7,\"last_seen\":\"2026-11-25T07:40:00.361Z\"}],"
                + "\"total\":2,\"truncated\":false,\"served_by\":\"h:1\"}");
    }

    @Test
    void errorsAreJsonWithACodeAndAMessage() throws Exception {
        JsonNode n = json(Answer.error(503, "unavailable", "rebalancing"));
        assertThat(n.toString()).isEqualTo("{\"error\":\"unavailable\",\"message\":\"rebalancing\"}");
    }
}
