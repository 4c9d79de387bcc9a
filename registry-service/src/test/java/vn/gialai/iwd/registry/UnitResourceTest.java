package vn.gialai.iwd.registry;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
class UnitResourceTest {

    @Test
    void readinessReportsDatabaseAndKafkaUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("Kafka connection health check"));
    }

    @Test
    void savedUnitIsStoredAndPublishedAsCloudEvent() {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"nameVi": "Xã Thử Nghiệm", "nameEn": "Test commune", "kind": "COMMUNE",
                         "validFrom": "2025-07-01"}""")
                .when().put("/api/v1/registry/units/" + code)
                .then().statusCode(201).body("version", equalTo(1));

        given().header("Authorization", Tokens.submitter("SO-YTE"))
                .when().get("/api/v1/registry/units/" + code)
                .then().statusCode(200).body("nameVi", equalTo("Xã Thử Nghiệm")).body("kind", equalTo("COMMUNE"));

        List<JsonNode> events = TopicReader.eventsWithKey("test.iwd.registry.unit.v1", code,
                found -> !found.isEmpty(), Duration.ofSeconds(20));
        assertEquals(1, events.size(), "one event for one change");
        JsonNode event = events.get(0);
        assertEquals("1.0", event.get("specversion").asText());
        assertEquals("vn.gialai.iwd.registry.unit.changed", event.get("type").asText());
        assertEquals(code, event.get("data").get("code").asText());
        assertEquals(1, event.get("data").get("version").asLong());
    }

    @Test
    void unchangedUnitKeepsItsVersion() {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String body = """
                {"nameVi": "Phường Thử", "kind": "COMMUNE", "validFrom": "2025-07-01"}""";
        given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/registry/units/" + code).then().statusCode(201);
        given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/registry/units/" + code).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void callerWithoutGatewayTokenGetsProblem401() {
        given().when().get("/api/v1/registry/units")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void submitterCannotChangeUnits() {
        given().header("Authorization", Tokens.submitter("SO-YTE")).contentType(ContentType.JSON)
                .body("""
                        {"nameVi": "X", "kind": "COMMUNE", "validFrom": "2025-07-01"}""")
                .when().put("/api/v1/registry/units/XX-FORBIDDEN")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void invalidUnitNamesTheField() {
        given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"nameVi": "", "kind": "VILLAGE", "validFrom": "2025-07-01"}""")
                .when().put("/api/v1/registry/units/T-BAD")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"));
    }
}
