package vn.gialai.iwd.registry;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gialai.iwd.registry.RecordResourceTest.put;
import static vn.gialai.iwd.registry.SampleRecords.doctor;
import static vn.gialai.iwd.registry.SampleRecords.with;

@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
class PersonResourceTest {

    private static String createIn(String unit, Map<String, Object> record) {
        return put(unit, SampleRecords.externalId(), record).statusCode(201).extract().path("personId");
    }

    @Test
    void searchIgnoresCaseAndDiacriticsIncludingD() {
        String hong = createIn("SO-TC", with(doctor(), "fullName", "Nguyễn Thị Hồng", "gender", "F"));
        String dat = createIn("SO-TC", with(doctor(), "fullName", "Đỗ Đức Đạt"));
        given().header("Authorization", Tokens.admin())
                .when().get("/api/v1/registry/persons?q=nguyen thi hong&unit=SO-TC&limit=1000")
                .then().statusCode(200)
                .body("items.personId", hasItem(hong)).body("items.personId", not(hasItem(dat)))
                .body("items.find { it.personId == '" + hong + "' }.fullName", equalTo("Nguyễn Thị Hồng"));
        given().header("Authorization", Tokens.admin())
                .when().get("/api/v1/registry/persons?q=DUC DAT&unit=SO-TC&limit=1000")
                .then().statusCode(200).body("items.personId", hasItem(dat));
        given().header("Authorization", Tokens.admin())
                .when().get("/api/v1/registry/persons/" + dat)
                .then().statusCode(200).body("records[0].unitCode", equalTo("SO-TC"))
                .body("highestQualification", equalTo("MASTER"));
    }

    @Test
    void personalDataIsForRegistryAdministratorsOnly() {
        given().header("Authorization", Tokens.submitter("SO-YTE"))
                .when().get("/api/v1/registry/persons?q=nguyen").then().statusCode(403);
        given().header("Authorization", Tokens.submitter("SO-YTE"))
                .when().get("/api/v1/registry/duplicates").then().statusCode(403);
    }

    @Test
    void sameNameBirthDateAndGenderWithoutNationalIdGoToReviewAndMergeOnlyWhenTold() {
        String name = "Rơ Châm " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> record = with(doctor(), "fullName", name, "dateOfBirth", "1979-09-02");
        String first = createIn("SO-YTE", record);
        String second = createIn("SO-GDDT", with(record, "sector", "EDUCATION"));
        assertNotEquals(first, second, "never merged silently");

        List<Map<String, Object>> open = given().header("Authorization", Tokens.admin())
                .when().get("/api/v1/registry/duplicates?personId=" + second)
                .then().statusCode(200).extract().path("items");
        Map<String, Object> pair = open.stream()
                .filter(c -> List.of(first, second).contains(c.get("personId")) && List.of(first, second).contains(c.get("otherPersonId")))
                .findFirst().orElseThrow(() -> new AssertionError("the pair is in the review queue"));
        Object caseId = pair.get("id");
        String survivor = (String) pair.get("personId");
        String absorbed = survivor.equals(first) ? second : first;

        given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON).body(Map.of("action", "MERGE"))
                .when().post("/api/v1/registry/duplicates/{id}/resolve", caseId)
                .then().statusCode(200).body("status", equalTo("MERGED"));
        given().header("Authorization", Tokens.admin()).when().get("/api/v1/registry/persons/" + survivor)
                .then().statusCode(200).body("activeRecords", equalTo(2));
        given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON).body(Map.of("action", "DISTINCT"))
                .when().post("/api/v1/registry/duplicates/{id}/resolve", caseId)
                .then().statusCode(409).contentType("application/problem+json");

        List<JsonNode> events = TopicReader.eventsWithKey("test.iwd.registry.person.v1", absorbed,
                found -> found.stream().anyMatch(e -> e.get("data").get("removed").asBoolean()), Duration.ofSeconds(20));
        assertTrue(events.get(events.size() - 1).get("data").get("removed").asBoolean(),
                "the absorbed person is republished as removed");
    }

    @Test
    void mergingMovesTheAbsorbedPersonsOpenCasesToTheSurvivor() {
        String name = "Siu H'Nga " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> record = with(doctor(), "fullName", name, "gender", "F", "dateOfBirth", "1988-03-08");
        String first = createIn("SO-YTE", record);
        String second = createIn("SO-GDDT", with(record, "sector", "EDUCATION"));
        String third = createIn("SO-NV", record);
        Map<String, Object> pair = openCases(second).stream()
                .filter(c -> Set.of(first, second).equals(Set.of(c.get("personId"), c.get("otherPersonId"))))
                .findFirst().orElseThrow(() -> new AssertionError("the first two are in the review queue"));
        String survivor = (String) pair.get("personId");
        String absorbed = survivor.equals(first) ? second : first;

        given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON).body(Map.of("action", "MERGE"))
                .when().post("/api/v1/registry/duplicates/{id}/resolve", pair.get("id"))
                .then().statusCode(200).body("status", equalTo("MERGED"));

        assertEquals(List.of(), openCases(absorbed), "no open case names a person who no longer exists on their own");
        List<Map<String, Object>> thirdsCases = openCases(third);
        assertEquals(1, thirdsCases.size(), "the third person's question is asked once");
        assertEquals(Set.of(survivor, third),
                Set.of(thirdsCases.get(0).get("personId"), thirdsCases.get(0).get("otherPersonId")));
        given().header("Authorization", Tokens.admin())
                .when().get("/api/v1/registry/duplicates?status=SUPERSEDED&personId=" + absorbed)
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    private static List<Map<String, Object>> openCases(String personId) {
        return given().header("Authorization", Tokens.admin())
                .when().get("/api/v1/registry/duplicates?personId=" + personId)
                .then().statusCode(200).extract().path("items");
    }

    @Test
    void keptApartDuplicatesStaySeparate() {
        String name = "Ksor H'Bia " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> record = with(doctor(), "fullName", name, "gender", "F", "dateOfBirth", "1990-01-20");
        String first = createIn("SO-YTE", record);
        String second = createIn("SO-NV", record);
        List<Map<String, Object>> open = given().header("Authorization", Tokens.admin())
                .when().get("/api/v1/registry/duplicates?personId=" + second).then().extract().path("items");
        Object caseId = open.stream().filter(c -> List.of(first, second).contains(c.get("personId"))
                && List.of(first, second).contains(c.get("otherPersonId"))).findFirst().orElseThrow().get("id");
        given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON).body(Map.of("action", "DISTINCT"))
                .when().post("/api/v1/registry/duplicates/{id}/resolve", caseId)
                .then().statusCode(200).body("status", equalTo("DISTINCT"));
        given().header("Authorization", Tokens.admin()).when().get("/api/v1/registry/persons/" + first)
                .then().body("activeRecords", equalTo(1));
    }

    @Test
    void checksumCountsPersonsWithAnActiveRecord() {
        Map<String, Object> before = given().header("Authorization", Tokens.bearer("analyst", java.util.Set.of("analyst"), List.of()))
                .when().get("/api/v1/registry/stats/checksum").then().statusCode(200).extract().as(Map.class);
        createIn("SO-YTE", doctor());
        Map<String, Object> after = given().header("Authorization", Tokens.bearer("analyst", java.util.Set.of("analyst"), List.of()))
                .when().get("/api/v1/registry/stats/checksum").then().statusCode(200).extract().as(Map.class);
        assertEquals(((Number) before.get("persons")).longValue() + 1, ((Number) after.get("persons")).longValue());
        assertNotEquals(before.get("checksum"), after.get("checksum"));
    }
}
