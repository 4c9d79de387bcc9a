package vn.gialai.iwd.reporting;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gialai.iwd.reporting.service.AnswerCache;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Cached answers: sent as the same bytes with an ETag (304 when the client has them), cacheable by the
 * public only when public, and never older than the data-version check interval when another replica
 * changed the data. Only answers already computed for the data version known are served without a worker thread.
 */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
@QuarkusTestResource(TestRunResource.class)
class CachedAnswersTest {

    private static final String ANALYST = Tokens.bearer("test-analyst-cache", Set.of("analyst"), List.of());
    private static final String TARGET_2045 =
            "indicators.find { it.code == 'COLLEGE_PLUS_COUNT' }.targets.find { it.year == 2045 }.value";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AnswerCache answers;

    @ConfigProperty(name = "iwd.reporting.data-version-check-interval")
    Duration checkInterval;

    @Test
    void aRepeatedAnswerCarriesAnETagAndIsNotSentAgainToAClientThatHasIt() {
        Response first = given().get("/api/v1/public/indicators").then().statusCode(200)
                .header("Cache-Control", "public, max-age=5").header("ETag", notNullValue())
                .contentType("application/json").extract().response();
        String etag = first.header("ETag");

        given().get("/api/v1/public/indicators").then().statusCode(200).header("ETag", etag)
                .body(equalTo(first.asString()));
        given().header("If-None-Match", etag).get("/api/v1/public/indicators").then().statusCode(304)
                .header("ETag", etag).body(emptyString());
        given().header("If-None-Match", "\"an-older-answer\"").get("/api/v1/public/indicators").then().statusCode(200)
                .body(equalTo(first.asString()));

        given().header("Authorization", ANALYST).get("/api/v1/reports/breakdown?by=sector,qualification").then()
                .statusCode(200).header("Cache-Control", "private, no-cache").header("ETag", not(etag));
    }

    @Test
    void anotherReplicasChangeIsServedWithinTheDataVersionCheckInterval() throws Exception {
        long before = target2045();
        target2045();   // now certainly cached
        asAnotherReplica("update target set value = value + 1 where indicator = 'COLLEGE_PLUS_COUNT' and year = 2045");
        try {
            long changed = System.nanoTime();
            long seen = before;
            // Generous against a busy machine; without the periodic check the old answer stays forever.
            while (seen == before && System.nanoTime() - changed < checkInterval.multipliedBy(8).toNanos()) {
                Thread.sleep(20);
                seen = target2045();
            }
            assertEquals(before + 1, seen, "another replica's change is served within 8 check intervals");
        } finally {
            asAnotherReplica("update target set value = value - 1 where indicator = 'COLLEGE_PLUS_COUNT' and year = 2045");
        }
        long deadline = System.nanoTime() + checkInterval.multipliedBy(8).toNanos();
        while (target2045() != before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(before, target2045());
    }

    @Test
    void thisReplicasOwnChangeIsServedAtOnce() throws SQLException {
        String planAdmin = Tokens.bearer("test-plan-admin-cache", Set.of("plan-admin"), List.of());
        long before = target2045();
        String body = "{\"items\": [{\"indicator\": \"COLLEGE_PLUS_COUNT\", \"year\": 2045, \"value\": %d, \"source\": \"test\"}]}";
        try {
            given().header("Authorization", planAdmin).contentType("application/json").body(body.formatted(before + 7))
                    .put("/api/v1/reports/targets").then().statusCode(200);
            assertEquals(before + 7, target2045());
        } finally {
            given().header("Authorization", planAdmin).contentType("application/json").body(body.formatted(before))
                    .put("/api/v1/reports/targets").then().statusCode(200);
            // Other tests count the target history.
            asAnotherReplica("delete from target_change where changed_by = 'test-plan-admin-cache'");
        }
        assertEquals(before, target2045());
        assertNotEquals(0, before);
    }

    /**
     * What the resources answer on the event loop: only an answer already computed for the data version known;
     * anything else (first read, a newer version) is left to a worker, and nothing is computed meanwhile.
     */
    @Test
    void onlyAnAnswerComputedForTheKnownDataVersionIsAnsweredFromMemory() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        String question = "test-from-memory|" + UUID.randomUUID();
        Supplier<String> read = () -> answers.reuse(question, () -> "answer " + computed.incrementAndGet());

        assertEquals(Optional.empty(), answers.ifInMemory(read));
        assertEquals(0, computed.get(), "nothing is computed for a read that is not in memory");
        assertEquals("answer 1", read.get());
        assertEquals(Optional.of("answer 1"), answers.ifInMemory(read));
        assertEquals(Optional.of("answer 1"), answers.ifInMemory(read));
        assertEquals(1, computed.get());

        asAnotherReplica("select 1");
        long changed = System.nanoTime();
        while (answers.ifInMemory(read).isPresent() && System.nanoTime() - changed < checkInterval.multipliedBy(8).toNanos()) {
            Thread.sleep(20);
        }
        assertEquals(Optional.empty(), answers.ifInMemory(read), "an answer of an older data version is not served");
        assertEquals("answer 2", read.get());
        assertEquals(Optional.of("answer 2"), answers.ifInMemory(read));
    }

    private static long target2045() {
        Number value = given().header("Authorization", ANALYST).get("/api/v1/reports/indicators").then().statusCode(200)
                .extract().path(TARGET_2045);
        return value.longValue();
    }

    /** What another replica's committed change looks like from here: the data changed and its applied poll counted. */
    private void asAnotherReplica(String change) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(change);
            statement.execute("insert into consumer_progress (topic, kafka_partition, last_event_at, applied_polls)"
                    + " values ('test.another-replica', 0, '2000-01-01T00:00:00Z', 1) on conflict (topic, kafka_partition)"
                    + " do update set applied_polls = consumer_progress.applied_polls + 1");
        }
    }
}
