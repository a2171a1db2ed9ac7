package io.articlededup.query;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An HTTP status and a JSON body, as the query endpoints answer and the owner's answers are relayed. */
public record Answer(int status, byte[] json) {
    static Answer of(int status, ObjectNode body) {
        return new Answer(status, QueryJson.bytes(body));
    }

    static Answer error(int status, String code, String message) {
        return of(status, QueryJson.error(code, message));
    }
}
