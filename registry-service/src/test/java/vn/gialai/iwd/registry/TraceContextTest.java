package vn.gialai.iwd.registry;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** Log lines of a request carry the gateway's request id and the trace id of the gateway's trace context. */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
class TraceContextTest {

    @Test
    void logLinesOfARequestCarryItsRequestIdAndTheTraceItBelongsTo() {
        given().header("Authorization", Tokens.admin()).header("X-Request-Id", "req-trace-1")
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00")
                .when().get("/test/log-context")
                .then().statusCode(200)
                .body("requestId", equalTo("req-trace-1"))
                .body("traceId", equalTo("4bf92f3577b34da6a3ce929d0e0e4736"));
    }

    @Test
    void aRequestWithoutTraceContextStartsATraceOfItsOwn() {
        given().header("Authorization", Tokens.admin()).when().get("/test/log-context")
                .then().statusCode(200)
                .body("traceId", matchesPattern("[0-9a-f]{32}"))
                .body("traceId", not(equalTo("00000000000000000000000000000000")));
    }
}
