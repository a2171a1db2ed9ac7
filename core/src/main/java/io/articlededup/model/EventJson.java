package io.articlededup.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper for article events as they cross the topics: published events are written with it,
 * and the tools and tests that write raw events or read published ones share it. Reading raw events is
 * {@link RawArticleParser}'s, with its own limits on depth and size; internal records have their own
 * serde in the topology.
 */
public final class EventJson {
    public static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private EventJson() {
    }
}
