package vn.gialai.iwd.registry;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import vn.gialai.iwd.registry.events.PersonChanged;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.gialai.iwd.registry.SampleRecords.doctor;
import static vn.gialai.iwd.registry.SampleRecords.with;

@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
class RecordResourceTest {

    private static final String UNIT = "SO-YTE";

    static ValidatableResponse put(String unit, String externalId, Object body) {
        return given().header("Authorization", Tokens.submitter(unit)).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/registry/units/{unit}/records/{id}", unit, externalId).then();
    }

    @Test
    void putCreatesThenReportsUnchangedThenUpdated() {
        String id = SampleRecords.externalId();
        String personId = put(UNIT, id, doctor()).statusCode(201)
                .body("outcome", equalTo("CREATED")).body("version", equalTo(1))
                .body("personId", notNullValue()).extract().path("personId");
        put(UNIT, id, doctor()).statusCode(200).body("outcome", equalTo("UNCHANGED")).body("version", equalTo(1));
        put(UNIT, id, with(doctor(), "highestQualification", "DOCTORATE")).statusCode(200)
                .body("outcome", equalTo("UPDATED")).body("version", equalTo(2)).body("personId", equalTo(personId));

        given().header("Authorization", Tokens.submitter(UNIT))
                .when().get("/api/v1/registry/units/{unit}/records/{id}", UNIT, id)
                .then().statusCode(200)
                .body("highestQualification", equalTo("DOCTORATE"))
                .body("fullName", equalTo("Nguyễn Văn An"))
                .body("contributions[0].type", equalTo("INITIATIVE"));
    }

    @Test
    void namesAreStoredNfcNormalised() {
        String id = SampleRecords.externalId();
        String decomposed = java.text.Normalizer.normalize("  Trần   Thị Ánh  ", java.text.Normalizer.Form.NFD);
        put(UNIT, id, with(doctor(), "fullName", decomposed)).statusCode(201);
        given().header("Authorization", Tokens.submitter(UNIT))
                .get("/api/v1/registry/units/{unit}/records/{id}", UNIT, id)
                .then().body("fullName", equalTo("Trần Thị Ánh"));
    }

    @Test
    void eachRuleNamesItsFieldWithAStableCodeInVietnameseByDefault() {
        Map<String, Object> bad = with(doctor(), "fullName", null, "highestQualification", "INTERMEDIATE",
                "nationalId", "12AB", "sector", "MINING", "dateOfBirth", "1850-01-01",
                "contributions", List.of(Map.of("type", "PATENT", "title", "", "year", 2024, "level", "GALACTIC")));
        put(UNIT, SampleRecords.externalId(), bad).statusCode(422)
                .contentType("application/problem+json")
                .body("errors.find { it.field == 'fullName' }.code", equalTo("REQUIRED"))
                .body("errors.find { it.field == 'highestQualification' }.code", equalTo("BELOW_COLLEGE"))
                .body("errors.find { it.field == 'highestQualification' }.message", containsString("cao đẳng"))
                .body("errors.find { it.field == 'nationalId' }.code", equalTo("INVALID_FORMAT"))
                .body("errors.find { it.field == 'sector' }.code", equalTo("UNKNOWN_CODE"))
                .body("errors.find { it.field == 'dateOfBirth' }.code", equalTo("OUT_OF_RANGE"))
                .body("errors.find { it.field == 'contributions[0].title' }.code", equalTo("REQUIRED"))
                .body("errors.find { it.field == 'contributions[0].level' }.code", equalTo("UNKNOWN_CODE"));
    }

    @Test
    void messagesAreEnglishWhenAsked() {
        given().header("Authorization", Tokens.submitter(UNIT)).header("Accept-Language", "en")
                .contentType(ContentType.JSON).body(with(doctor(), "highestQualification", "INTERMEDIATE"))
                .when().put("/api/v1/registry/units/{unit}/records/{id}", UNIT, SampleRecords.externalId())
                .then().statusCode(422)
                .body("errors[0].message", equalTo("The registry holds people with a college degree or higher only."));
    }

    @Test
    void nationalIdOutsideProvinceRangeIsRejected() {
        put(UNIT, SampleRecords.externalId(), with(doctor(), "nationalId", "099085123456")).statusCode(422)
                .body("errors[0].field", equalTo("nationalId")).body("errors[0].code", equalTo("INVALID_PROVINCE"));
    }

    @Test
    void nationalIdDisagreeingWithGenderIsAWarningNotARejection() {
        String womanId = "064185" + SampleRecords.nationalIdOfMan1985().substring(6);
        put(UNIT, SampleRecords.externalId(), with(doctor(), "nationalId", womanId)).statusCode(201)
                .body("warnings[0].field", equalTo("nationalId"))
                .body("warnings[0].code", equalTo("GENDER_MISMATCH"));
    }

    @Test
    void serverOwnedAndUnknownFieldsAreRejected() {
        put(UNIT, SampleRecords.externalId(), with(doctor(), "personId", "00000000-0000-0000-0000-000000000000"))
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("personId")).body("errors[0].code", equalTo("UNKNOWN_FIELD"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        put(UNIT, SampleRecords.externalId(), "{\"fullName\": ").statusCode(400).contentType("application/problem+json");
    }

    @Test
    void recordUnderADissolvedDistrictNamesItsSuccessor() {
        given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON).body(doctor())
                .when().put("/api/v1/registry/units/626/records/{id}", SampleRecords.externalId())
                .then().statusCode(422).contentType("application/problem+json")
                .body("successorCodes", hasItem("52"))
                .body("errors[0].field", equalTo("unitCode"))
                .body("errors[0].code", equalTo("UNIT_RETIRED"))
                .body("detail", containsString("52"));
    }

    @Test
    void submitterOfOneUnitCannotTouchAnother() {
        given().header("Authorization", Tokens.submitter("SO-GDDT")).contentType(ContentType.JSON).body(doctor())
                .when().put("/api/v1/registry/units/{unit}/records/{id}", UNIT, SampleRecords.externalId())
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.submitter("SO-GDDT")).contentType(ContentType.JSON)
                .body(Map.of("records", List.of(with(doctor(), "externalId", SampleRecords.externalId()))))
                .when().post("/api/v1/registry/units/{unit}/records/batch", UNIT)
                .then().statusCode(403);
        given().header("Authorization", Tokens.submitter("SO-GDDT"))
                .when().get("/api/v1/registry/units/{unit}/records", UNIT)
                .then().statusCode(403);
    }

    @Test
    void recordsWithTheSameNationalIdAreOnePersonAndItsEventCarriesNoIdentity() {
        String nationalId = SampleRecords.nationalIdOfMan1985();
        String personId = put(UNIT, SampleRecords.externalId(), with(doctor(), "nationalId", nationalId))
                .statusCode(201).extract().path("personId");
        String teacherRecord = SampleRecords.externalId();
        given().header("Authorization", Tokens.submitter("SO-GDDT")).contentType(ContentType.JSON)
                .body(with(doctor(), "nationalId", nationalId, "sector", "EDUCATION", "effectiveDate", "2025-06-01",
                        // The doctor's initiative again, as another unit types it, recognised by then at national level.
                        "contributions", List.of(Map.of("type", "INITIATIVE", "title", "  quy trình  CẤP CỨU mới",
                                        "year", 2024, "level", "NATIONAL"),
                                Map.of("type", "INITIATIVE", "title", "Quy trình cấp cứu mới", "year", 2023, "level", "UNIT"))))
                .when().put("/api/v1/registry/units/SO-GDDT/records/{id}", teacherRecord)
                .then().statusCode(201).body("personId", equalTo(personId));

        List<JsonNode> events = TopicReader.eventsWithKey("test.iwd.registry.person.v1", personId,
                found -> found.stream().anyMatch(e -> e.get("data").get("units").size() == 2), Duration.ofSeconds(20));
        JsonNode latest = events.get(events.size() - 1);
        assertEquals("vn.gialai.iwd.registry.person.changed", latest.get("type").asText());
        JsonNode data = latest.get("data");
        assertEquals(2, data.get("units").size(), "one person reported by two units");
        assertEquals("EDUCATION", data.get("sector").asText(), "profile follows the latest effective record");
        assertEquals(1985, data.get("birthYear").asInt());
        assertEquals("MINORITY", data.get("ethnicGroup").asText());
        assertEquals("INSIDE", data.get("stateApparatus").asText());
        assertEquals(2, data.get("contributions").get("INITIATIVE").asInt(),
                "the same type, year and title count once, whatever the case and spacing; another year is another");
        assertEquals(PersonChanged.SCHEMA, latest.get("dataschema").asText());
        assertEquals("[{\"type\":\"INITIATIVE\",\"level\":\"NATIONAL\",\"year\":2024,\"count\":1},"
                        + "{\"type\":\"INITIATIVE\",\"level\":\"UNIT\",\"year\":2023,\"count\":1}]",
                data.get("contributionCounts").toString(), "counted at the higher level, no titles");
        for (JsonNode event : events) {
            String text = event.toString();
            // The last four digits as a value of their own; inside a UUID or a timestamp they are chance.
            assertFalse(text.contains(nationalId) || text.contains("\"" + nationalId.substring(8) + "\"")
                    || text.contains("nationalId"), "no national ID in events");
            assertFalse(text.contains("Nguyễn") || text.contains("fullName") || text.contains("1985-03-15"),
                    "no name or date of birth in events");
        }
        long versions = events.stream().map(e -> e.get("data").get("version").asLong()).distinct().count();
        assertEquals(events.size(), versions, "every event of a person has its own version");
    }

    @Test
    void twoUnitsReportingANewNationalIdAtTheSameTimeGetOnePerson() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int attempt = 0; attempt < 10; attempt++) {
                String nationalId = SampleRecords.nationalIdOfMan1985();
                java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
                List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
                for (String unit : List.of("SO-YTE", "SO-GDDT")) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return put(unit, SampleRecords.externalId(), with(doctor(), "nationalId", nationalId))
                                .statusCode(201).extract().<String>path("personId");
                    }));
                }
                assertEquals(answers.get(0).get(), answers.get(1).get(), "one national ID, one person");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void batchWritesValidRecordsAndReportsEachRejection() {
        String first = SampleRecords.externalId();
        String bad = SampleRecords.externalId();
        String third = SampleRecords.externalId();
        Map<String, Object> body = Map.of("records", List.of(
                with(doctor(), "externalId", first),
                with(doctor(), "externalId", bad, "gender", "X"),
                with(doctor(), "externalId", third, "fullName", "Lê Thị Bình", "gender", "F")));
        given().header("Authorization", Tokens.submitter(UNIT)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/registry/units/{unit}/records/batch", UNIT)
                .then().statusCode(200)
                .body("received", equalTo(3)).body("created", equalTo(2)).body("updated", equalTo(0))
                .body("rejected", hasSize(1))
                .body("rejected[0].index", equalTo(1)).body("rejected[0].externalId", equalTo(bad))
                .body("rejected[0].errors[0].field", equalTo("gender"))
                .body("rejected[0].errors[0].code", equalTo("UNKNOWN_CODE"));
        recordStatus(first, 200);
        recordStatus(bad, 404);

        given().header("Authorization", Tokens.submitter(UNIT)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/registry/units/{unit}/records/batch", UNIT)
                .then().statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(2));
    }

    @Test
    void atomicBatchWithOneRejectionWritesNothing() {
        String good = SampleRecords.externalId();
        Map<String, Object> body = Map.of("records", List.of(
                with(doctor(), "externalId", good),
                with(doctor(), "externalId", SampleRecords.externalId(), "highestQualification", "HIGH_SCHOOL")));
        given().header("Authorization", Tokens.submitter(UNIT)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/registry/units/{unit}/records/batch?atomic=true", UNIT)
                .then().statusCode(422).contentType("application/problem+json")
                .body("received", equalTo(2)).body("created", equalTo(0))
                .body("rejected[0].index", equalTo(1))
                .body("rejected[0].errors[0].code", equalTo("BELOW_COLLEGE"));
        recordStatus(good, 404);
    }

    @Test
    void dryRunPredictsAndWritesNothing() {
        String id = SampleRecords.externalId();
        given().header("Authorization", Tokens.submitter(UNIT)).contentType(ContentType.JSON)
                .body(Map.of("records", List.of(with(doctor(), "externalId", id))))
                .when().post("/api/v1/registry/units/{unit}/records/batch?dryRun=true", UNIT)
                .then().statusCode(200).body("created", equalTo(1));
        recordStatus(id, 404);
    }

    @Test
    void duplicateExternalIdsInOneBatchAreRejected() {
        String id = SampleRecords.externalId();
        given().header("Authorization", Tokens.submitter(UNIT)).contentType(ContentType.JSON)
                .body(Map.of("records", List.of(with(doctor(), "externalId", id), with(doctor(), "externalId", id))))
                .when().post("/api/v1/registry/units/{unit}/records/batch", UNIT)
                .then().statusCode(200).body("created", equalTo(1))
                .body("rejected[0].index", equalTo(1))
                .body("rejected[0].errors[0].code", equalTo("DUPLICATE_IN_BATCH"));
    }

    @Test
    void retriedBatchWithTheSameKeyGetsTheFirstAnswer() {
        String key = "key-" + SampleRecords.externalId();
        Map<String, Object> body = Map.of("records", List.of(with(doctor(), "externalId", SampleRecords.externalId())));
        for (int attempt = 0; attempt < 2; attempt++) {
            given().header("Authorization", Tokens.submitter(UNIT)).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/registry/units/{unit}/records/batch", UNIT)
                    .then().statusCode(200).body("created", equalTo(1)).body("unchanged", equalTo(0));
        }
        Map<String, Object> other = Map.of("records", List.of(with(doctor(), "externalId", SampleRecords.externalId())));
        given().header("Authorization", Tokens.submitter(UNIT)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(other)
                .when().post("/api/v1/registry/units/{unit}/records/batch", UNIT)
                .then().statusCode(422).contentType("application/problem+json");
        given().header("Authorization", Tokens.submitter("SO-GDDT")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("records", List.of(with(doctor(), "externalId", SampleRecords.externalId()))))
                .when().post("/api/v1/registry/units/SO-GDDT/records/batch")
                .then().statusCode(200).body("created", equalTo(1));
    }

    @Test
    void deleteRemovesAsOfADate() {
        String id = SampleRecords.externalId();
        put(UNIT, id, doctor()).statusCode(201);
        given().header("Authorization", Tokens.submitter(UNIT))
                .when().delete("/api/v1/registry/units/{unit}/records/{id}?reason=MOVED&effectiveDate=2026-01-01", UNIT, id)
                .then().statusCode(204);
        given().header("Authorization", Tokens.submitter(UNIT))
                .get("/api/v1/registry/units/{unit}/records/{id}", UNIT, id)
                .then().body("removedOn", equalTo("2026-01-01")).body("removalReason", equalTo("MOVED"));
        given().header("Authorization", Tokens.submitter(UNIT))
                .when().delete("/api/v1/registry/units/{unit}/records/{id}?reason=VANISHED", UNIT, id)
                .then().statusCode(422).body("errors[0].field", equalTo("reason"));
        put(UNIT, id, doctor()).statusCode(200).body("outcome", equalTo("UPDATED"));
        given().header("Authorization", Tokens.submitter(UNIT))
                .get("/api/v1/registry/units/{unit}/records/{id}", UNIT, id).then().body("removedOn", nullValue());
    }

    @Test
    void aSnapshotOfAUnitThatDoesNotExistIsA404() {
        given().header("Authorization", Tokens.admin())
                .when().post("/api/v1/registry/units/{unit}/snapshots", "NO-SUCH-UNIT")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("NO-SUCH-UNIT"));
    }

    @Test
    void committedSnapshotRemovesWhatTheUnitNoLongerReports() {
        String unit = "SO-VHTTDL";
        String kept = SampleRecords.externalId();
        String dropped = SampleRecords.externalId();
        put(unit, kept, doctor()).statusCode(201);
        put(unit, dropped, doctor()).statusCode(201);
        String snapshotId = given().header("Authorization", Tokens.submitter(unit))
                .when().post("/api/v1/registry/units/{unit}/snapshots", unit)
                .then().statusCode(201).extract().path("snapshotId");
        given().header("Authorization", Tokens.submitter(unit)).contentType(ContentType.JSON)
                .body(Map.of("records", List.of(with(doctor(), "externalId", kept))))
                .when().post("/api/v1/registry/units/{unit}/records/batch?snapshotId=" + snapshotId, unit)
                .then().statusCode(200).body("unchanged", equalTo(1));
        int removed = given().header("Authorization", Tokens.submitter(unit))
                .when().post("/api/v1/registry/units/{unit}/snapshots/{id}/commit", unit, snapshotId)
                .then().statusCode(200).extract().path("removed");
        assertNotEquals(0, removed);
        given().header("Authorization", Tokens.submitter(unit))
                .get("/api/v1/registry/units/{unit}/records/{id}", unit, dropped)
                .then().body("removalReason", equalTo("NOT_REPORTED"));
        given().header("Authorization", Tokens.submitter(unit))
                .get("/api/v1/registry/units/{unit}/records/{id}", unit, kept)
                .then().body("removedOn", nullValue());
    }

    @Test
    void listPagesThroughAUnitWithACursor() {
        String unit = "SO-NV";
        for (int i = 0; i < 3; i++) {
            put(unit, SampleRecords.externalId(), doctor()).statusCode(201);
        }
        String cursor = given().header("Authorization", Tokens.submitter(unit))
                .when().get("/api/v1/registry/units/{unit}/records?limit=2", unit)
                .then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().header("Authorization", Tokens.submitter(unit))
                .when().get("/api/v1/registry/units/{unit}/records?limit=1000&cursor=" + cursor, unit)
                .then().statusCode(200).body("items.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("nextCursor", nullValue());
        given().header("Authorization", Tokens.submitter(unit))
                .when().get("/api/v1/registry/units/{unit}/records?updatedSince=2999-01-01T00:00:00Z", unit)
                .then().statusCode(200).body("items", hasSize(0));
    }

    /** A last page that is exactly full says it is the last: the end is found by fetching one more, not guessed. */
    @Test
    void aFullLastPageHasNoNextCursor() {
        String unit = "T-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"nameVi": "Trường thử nghiệm", "kind": "ORGANIZATION", "parentCode": "52", "validFrom": "2025-07-01"}""")
                .when().put("/api/v1/registry/units/" + unit).then().statusCode(201);
        put(unit, SampleRecords.externalId(), doctor()).statusCode(201);
        put(unit, SampleRecords.externalId(), doctor()).statusCode(201);
        given().header("Authorization", Tokens.submitter(unit))
                .when().get("/api/v1/registry/units/{unit}/records?limit=2", unit)
                .then().statusCode(200).body("items", hasSize(2)).body("nextCursor", nullValue());
    }

    static void recordStatus(String externalId, int status) {
        given().header("Authorization", Tokens.submitter(UNIT))
                .when().get("/api/v1/registry/units/{unit}/records/{id}", UNIT, externalId)
                .then().statusCode(status);
    }
}
