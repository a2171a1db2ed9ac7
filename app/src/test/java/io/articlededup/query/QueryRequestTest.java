package io.articlededup.query;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class QueryRequestTest {
    private static QueryRequest parse(String pathAndQuery) {
        return QueryRequest.parse(URI.create(pathAndQuery));
    }

    @Test
    void anArticleIdIsPercentDecodedFromItsOwnSegment() {
        assertThat(parse("/articles/5ad2f2d4")).isEqualTo(new QueryRequest.ForArticle("5ad2f2d4", 10));
        assertThat(parse("/articles/feed%2F42%20b+c%C3%A9")).isEqualTo(new QueryRequest.ForArticle("feed/42 b+cé", 10));
        assertThat(parse("/articles/a?limit=3")).isEqualTo(new QueryRequest.ForArticle("a", 3));
        assertThat(parse("/articles/a?limit=5000")).as("capped at what the store keeps")
                .isEqualTo(new QueryRequest.ForArticle("a", QueryRequest.MAX_DUPLICATES_LISTED));
    }

    @Test
    void aSourcesBoilerplateHasItsOwnBounds() {
        assertThat(parse("/sources/daily.example/boilerplate")).isEqualTo(new QueryRequest.ForBoilerplate("daily.example", 20));
        assertThat(parse("/sources/daily.example/boilerplate?limit=999&x=1"))
                .isEqualTo(new QueryRequest.ForBoilerplate("daily.example", QueryRequest.MAX_BOILERPLATE_LISTED));
    }

    @Test
    void badRequestsAreRefusedWithTheReason() {
        assertThat(parse("/articles/")).isEqualTo(new QueryRequest.Refused(400, "bad_request", "the id is empty"));
        assertThat(parse("/articles/a/b")).isEqualTo(new QueryRequest.Refused(400, "bad_request",
                "the id holds a '/': send it as %2F"));
        // java.net.URI refuses a bad escape itself; the decoder does too, for a request line that got past it
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> QueryRequest.percentDecoded("a%z", "id")).withMessage("the id has a bad percent escape at character 1");
        assertThat(parse("/articles/%C3")).as("not UTF-8").extracting(r -> ((QueryRequest.Refused) r).status()).isEqualTo(400);
        assertThat(parse("/articles/%20")).isEqualTo(new QueryRequest.Refused(400, "bad_request", "the id is blank"));
        assertThat(parse("/articles/" + "x".repeat(513))).isEqualTo(new QueryRequest.Refused(400, "bad_request",
                "the id is longer than 512 characters"));
        assertThat(parse("/articles/a?limit=0")).isEqualTo(new QueryRequest.Refused(400, "bad_request",
                "limit must be at least 1, got 0"));
        assertThat(parse("/articles/a?limit=ten")).isEqualTo(new QueryRequest.Refused(400, "bad_request",
                "limit must be a whole number, got 'ten'"));
        assertThat(parse("/sources/" + "s".repeat(257) + "/boilerplate")).extracting(r -> ((QueryRequest.Refused) r).status())
                .isEqualTo(400);
        assertThat(parse("/sources/daily.example")).extracting(r -> ((QueryRequest.Refused) r).status()).isEqualTo(404);
    }
}
