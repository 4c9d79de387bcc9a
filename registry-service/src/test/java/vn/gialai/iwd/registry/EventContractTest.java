package vn.gialai.iwd.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.gialai.iwd.registry.SampleRecords.doctor;
import static vn.gialai.iwd.registry.SampleRecords.with;

/** What registry publishes must match the contract in docs/events/, the schemas other services rely on. */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
class EventContractTest {

    private static final Path EVENTS_DOCS = Path.of("..", "docs", "events");

    @Test
    void personEventsMatchTheDocumentedSchema() throws IOException {
        String personId = RecordResourceTest.put("SO-YTE", SampleRecords.externalId(),
                        with(doctor(), "nationalId", SampleRecords.nationalIdOfMan1985(), "academicTitle", "ASSOCIATE_PROFESSOR"))
                .statusCode(201).extract().path("personId");
        List<JsonNode> events = TopicReader.eventsWithKey("test.iwd.registry.person.v1", personId,
                found -> !found.isEmpty(), Duration.ofSeconds(20));
        assertFalse(events.isEmpty());
        assertValid("person-changed.schema.json", events);
        assertValid("person-changed.schema.json", List.of(example("person-changed.example.json")));
    }

    @Test
    void unitEventsMatchTheDocumentedSchema() throws IOException {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().header("Authorization", Tokens.admin()).contentType(ContentType.JSON)
                .body("""
                        {"nameVi": "Xã Ia Grai", "kind": "COMMUNE", "parentCode": "52", "validFrom": "2025-07-01"}""")
                .when().put("/api/v1/registry/units/" + code).then().statusCode(201);
        List<JsonNode> events = TopicReader.eventsWithKey("test.iwd.registry.unit.v1", code,
                found -> !found.isEmpty(), Duration.ofSeconds(20));
        assertValid("unit-changed.schema.json", events);
        assertValid("unit-changed.schema.json", List.of(example("unit-changed.example.json")));
    }

    private static void assertValid(String schemaFile, List<JsonNode> events) throws IOException {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream schemaText = Files.newInputStream(EVENTS_DOCS.resolve(schemaFile))) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaText, config);
            for (JsonNode event : events) {
                Set<ValidationMessage> problems = schema.validate(event);
                assertEquals(Set.of(), problems, schemaFile + " rejects " + event);
            }
        }
    }

    private static JsonNode example(String file) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(EVENTS_DOCS.resolve(file).toFile());
    }
}
