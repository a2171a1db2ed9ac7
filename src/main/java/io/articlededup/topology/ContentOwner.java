package io.articlededup.topology;

/** The first article seen with a given cleaned content: what an exact duplicate points to. */
public record ContentOwner(String id, long eventTime) {
}
