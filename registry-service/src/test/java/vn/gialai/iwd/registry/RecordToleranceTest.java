package vn.gialai.iwd.registry;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.gialai.iwd.registry.RecordResourceTest.recordStatus;
import static vn.gialai.iwd.registry.SampleRecords.doctor;
import static vn.gialai.iwd.registry.SampleRecords.with;

/**
 * Real exports carry impossible dates, "có" for a boolean, numbers where text belongs: each such
 * value rejects its own record, with its field and a stable code, and every other record is written.
 */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
class RecordToleranceTest {

    /** The unit of {@link RecordResourceTest#recordStatus}. */
    private static final String UNIT = "SO-YTE";

    /** One unreadable value, the field it is reported on and its code. */
    record Bad(String field, Object value, String reportedField, String code) {
    }

    private static final List<Bad> MATRIX = List.of(
            new Bad("externalId", 12345, "externalId", "INVALID_TYPE"),
            new Bad("fullName", 12345, "fullName", "INVALID_TYPE"),
            new Bad("fullName", List.of("Nguyễn"), "fullName", "INVALID_TYPE"),
            new Bad("nationalId", 64085123456L, "nationalId", "INVALID_TYPE"),
            new Bad("dateOfBirth", "2031-02-30", "dateOfBirth", "INVALID_DATE"),
            new Bad("dateOfBirth", "1985-02-29", "dateOfBirth", "INVALID_DATE"),
            new Bad("dateOfBirth", "15/03/1985x", "dateOfBirth", "INVALID_DATE"),
            new Bad("dateOfBirth", 19850315, "dateOfBirth", "INVALID_TYPE"),
            new Bad("birthYear", "1985", "birthYear", "INVALID_TYPE"),
            new Bad("birthYear", 1985.5, "birthYear", "INVALID_TYPE"),
            new Bad("gender", 1, "gender", "INVALID_TYPE"),
            new Bad("ethnicity", 10, "ethnicity", "INVALID_TYPE"),
            new Bad("highestQualification", Map.of("code", "MASTER"), "highestQualification", "INVALID_TYPE"),
            new Bad("sector", List.of("HEALTH"), "sector", "INVALID_TYPE"),
            new Bad("employment", false, "employment", "INVALID_TYPE"),
            new Bad("employer", 7, "employer", "INVALID_TYPE"),
            new Bad("meetsStandard", "có", "meetsStandard", "INVALID_TYPE"),
            new Bad("meetsStandard", "true", "meetsStandard", "INVALID_TYPE"),
            new Bad("meetsStandard", 1, "meetsStandard", "INVALID_TYPE"),
            new Bad("trainedAbroad", "x", "trainedAbroad", "INVALID_TYPE"),
            new Bad("livesAbroad", "không", "livesAbroad", "INVALID_TYPE"),
            new Bad("foreignNational", 0, "foreignNational", "INVALID_TYPE"),
            new Bad("contributions", "none", "contributions", "INVALID_TYPE"),
            new Bad("contributions", List.of("a patent"), "contributions[0]", "INVALID_TYPE"),
            new Bad("contributions", List.of(Map.of("type", "PATENT", "title", "Máy sấy", "year", "2024", "level", "UNIT")),
                    "contributions[0].year", "INVALID_TYPE"),
            new Bad("contributions", List.of(Map.of("type", "PATENT", "title", "Máy sấy", "year", 2024, "level", "UNIT",
                    "inventors", 3)), "contributions[0].inventors", "UNKNOWN_FIELD"),
            new Bad("effectiveDate", "2025-13-01", "effectiveDate", "INVALID_DATE"),
            new Bad("personId", "00000000-0000-0000-0000-000000000000", "personId", "UNKNOWN_FIELD"));

    @Test
    void eachUnreadableValueRejectsOnlyItsRecordWithItsFieldAndCode() {
        Batch batch = Batch.withOneBadRecordPerValue();
        ValidatableResponse answer = post("", batch.records()).statusCode(200)
                .body("received", equalTo(batch.records().size()))
                .body("created", equalTo(batch.goodIds().size()))
                .body("rejected", hasSize(MATRIX.size()));
        for (int i = 0; i < MATRIX.size(); i++) {
            Bad bad = MATRIX.get(i);
            String rejection = "rejected.find { it.index == " + batch.indexOfBad(i) + " }";
            answer.body(rejection + ".errors", hasSize(1))
                    .body(rejection + ".errors[0].field", equalTo(bad.reportedField()))
                    .body(rejection + ".errors[0].code", equalTo(bad.code()));
        }
        batch.goodIds().forEach(id -> recordStatus(id, 200));
    }

    @Test
    void anAtomicBatchListsEveryRejectionAndWritesNothing() {
        Batch batch = Batch.withOneBadRecordPerValue();
        post("?atomic=true", batch.records()).statusCode(422).contentType("application/problem+json")
                .body("created", equalTo(0)).body("rejected", hasSize(MATRIX.size()));
        batch.goodIds().forEach(id -> recordStatus(id, 404));
    }

    @Test
    void aDryRunPredictsTheSameAndWritesNothing() {
        Batch batch = Batch.withOneBadRecordPerValue();
        post("?dryRun=true", batch.records()).statusCode(200)
                .body("created", equalTo(batch.goodIds().size())).body("rejected", hasSize(MATRIX.size()));
        batch.goodIds().forEach(id -> recordStatus(id, 404));
    }

    @Test
    void aSinglePutNamesTheUnreadableField() {
        for (Bad bad : MATRIX) {
            if (bad.field().equals("externalId")) {
                continue;
            }
            String id = SampleRecords.externalId();
            RecordResourceTest.put(UNIT, id, with(doctor(), bad.field(), bad.value())).statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors", hasSize(1))
                    .body("errors[0].field", equalTo(bad.reportedField()))
                    .body("errors[0].code", equalTo(bad.code()));
            recordStatus(id, 404);
        }
    }

    @Test
    void anUnreadableDateStillLetsTheClerkSeeTheRecordsOtherErrors() {
        Map<String, Object> record = with(doctor(), "externalId", SampleRecords.externalId(),
                "dateOfBirth", "2031-02-30", "sector", "MINING", "meetsStandard", "có");
        post("", List.of(record)).statusCode(200)
                .body("rejected[0].errors.field", org.hamcrest.Matchers.containsInAnyOrder("dateOfBirth", "sector", "meetsStandard"));
    }

    @Test
    void onlyABodyThatIsNotABatchIsRefusedWhole() {
        for (String body : List.of("{\"records\": [", "[]", "\"records\"", "{\"records\": {}}", "{\"items\": []}", "{}",
                "{\"records\": []} trailing")) {
            given().header("Authorization", Tokens.submitter(UNIT)).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/registry/units/{unit}/records/batch", UNIT)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", not(containsString("Exception")));
        }
        given().header("Authorization", Tokens.submitter(UNIT)).contentType(ContentType.JSON)
                .body("{\"records\": [\"not a record\", null, 42]}")
                .when().post("/api/v1/registry/units/{unit}/records/batch", UNIT)
                .then().statusCode(200).body("rejected", hasSize(3))
                .body("rejected[0].errors[0].field", equalTo("records[0]"))
                .body("rejected[1].errors[0].code", equalTo("INVALID_TYPE"))
                .body("rejected[2].errors[0].field", equalTo("records[2]"));
    }

    @Test
    void messagesNameCodeListsInTheClerksLanguage() {
        String vietnamese = given().header("Authorization", Tokens.submitter(UNIT)).contentType(ContentType.JSON)
                .body(with(doctor(), "ethnicity", "99"))
                .when().put("/api/v1/registry/units/{unit}/records/{id}", UNIT, SampleRecords.externalId())
                .then().statusCode(422).extract().path("errors[0].message");
        assertEquals("Mã không có trong danh mục dân tộc.", vietnamese);
        given().header("Authorization", Tokens.submitter(UNIT)).header("Accept-Language", "en")
                .contentType(ContentType.JSON).body(with(doctor(), "meetsStandard", "có"))
                .when().put("/api/v1/registry/units/{unit}/records/{id}", UNIT, SampleRecords.externalId())
                .then().statusCode(422).body("errors[0].message", equalTo("Wrong type: expected true or false."));
    }

    @Test
    void anExternalIdConflictAndABirthYearConflictHaveTheirOwnCodes() {
        RecordResourceTest.put(UNIT, SampleRecords.externalId(), with(doctor(), "externalId", "SOMETHING-ELSE"))
                .statusCode(422).body("errors[0].field", equalTo("externalId"))
                .body("errors[0].code", equalTo("EXTERNAL_ID_MISMATCH"))
                .body("errors[0].message", containsString("đường dẫn"));
        RecordResourceTest.put(UNIT, SampleRecords.externalId(), with(doctor(), "birthYear", 1990))
                .statusCode(422).body("errors[0].field", equalTo("birthYear"))
                .body("errors[0].code", equalTo("BIRTH_YEAR_CONFLICT"))
                .body("errors[0].message", containsString("ngày sinh"));
    }

    /** Good records with one bad record per matrix entry between them. */
    record Batch(List<Map<String, Object>> records, List<String> goodIds, List<Integer> badIndexes) {

        static Batch withOneBadRecordPerValue() {
            List<Map<String, Object>> records = new ArrayList<>();
            List<String> goodIds = new ArrayList<>();
            List<Integer> badIndexes = new ArrayList<>();
            for (Bad bad : MATRIX) {
                String good = SampleRecords.externalId();
                goodIds.add(good);
                records.add(with(doctor(), "externalId", good, "fullName", "Nguyễn Văn " + good));
                Map<String, Object> record = new HashMap<>(with(doctor(), "externalId", SampleRecords.externalId()));
                record.put(bad.field(), bad.value());
                badIndexes.add(records.size());
                records.add(record);
            }
            return new Batch(records, goodIds, badIndexes);
        }

        int indexOfBad(int matrixEntry) {
            return badIndexes.get(matrixEntry);
        }
    }

    private static ValidatableResponse post(String query, List<Map<String, Object>> records) {
        return given().header("Authorization", Tokens.submitter(UNIT)).contentType(ContentType.JSON)
                .body(Map.of("records", records))
                .when().post("/api/v1/registry/units/{unit}/records/batch" + query, UNIT).then();
    }
}
