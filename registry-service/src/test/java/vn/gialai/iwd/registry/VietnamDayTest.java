package vn.gialai.iwd.registry;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.gialai.iwd.registry.SampleRecords.doctor;
import static vn.gialai.iwd.registry.SampleRecords.with;

/**
 * "Today" is the Asia/Ho_Chi_Minh date: at 01:30 on 2 December in Vietnam it is still 1 December
 * in UTC (and on a server set to UTC), yet a record effective on 2 December is not in the future.
 */
@QuarkusTest
@TestProfile(VietnamDayTest.EarlyMorningInVietnam.class)
@QuarkusTestResource(TokenKeysResource.class)
class VietnamDayTest {

    private static final String UNIT = "SO-YTE";

    public static class EarlyMorningInVietnam implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(FixedClock.class);
        }
    }

    @Alternative
    @Priority(1)
    @ApplicationScoped
    public static class FixedClock {
        @Produces
        @Singleton
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-12-01T18:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        }
    }

    @Test
    void vietnamsDateDecidesWhatIsInTheFuture() {
        RecordResourceTest.put(UNIT, SampleRecords.externalId(), with(doctor(), "effectiveDate", "2026-12-02"))
                .statusCode(201);
        RecordResourceTest.put(UNIT, SampleRecords.externalId(), with(doctor(), "effectiveDate", "2026-12-03"))
                .statusCode(422).body("errors[0].field", equalTo("effectiveDate"))
                .body("errors[0].code", equalTo("IN_FUTURE"));
    }

    @Test
    void aRecordWithoutEffectiveDateTakesEffectOnVietnamsDateAndIsRemovedOnIt() {
        String id = SampleRecords.externalId();
        RecordResourceTest.put(UNIT, id, with(doctor(), "effectiveDate", null)).statusCode(201);
        given().header("Authorization", Tokens.submitter(UNIT))
                .get("/api/v1/registry/units/{unit}/records/{id}", UNIT, id)
                .then().body("effectiveDate", equalTo("2026-12-02"));
        RecordResourceTest.put(UNIT, id, with(doctor(), "effectiveDate", null)).statusCode(200)
                .body("outcome", equalTo("UNCHANGED"));
        given().header("Authorization", Tokens.submitter(UNIT))
                .when().delete("/api/v1/registry/units/{unit}/records/{id}?reason=MOVED", UNIT, id)
                .then().statusCode(204);
        given().header("Authorization", Tokens.submitter(UNIT))
                .get("/api/v1/registry/units/{unit}/records/{id}", UNIT, id)
                .then().body("removedOn", equalTo("2026-12-02"));
    }
}
