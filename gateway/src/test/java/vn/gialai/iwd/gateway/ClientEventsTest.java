package vn.gialai.iwd.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.gialai.iwd.gateway.config.EventsConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The gateway's events match docs/events/client-changed.schema.json, the contract in asyncapi.yaml. */
@QuarkusTest
@QuarkusTestResource(FakeServicesResource.class)
class ClientEventsTest {

    private static final Path EVENTS_DOCS = Path.of("..", "docs", "events");

    @Inject
    EventsConfig config;

    @Test
    void createdAndRevokedClientsArePublishedAsDocumented() throws IOException {
        String id = GatewayTest.createClient("events test client", List.of("submitter"), List.of("SO-YTE"), 20)
                .then().statusCode(201).extract().path("id");
        given().header("X-API-Key", "test-only-admin-key-not-secret-0123456789abcdefghijklmnop").when().delete("/api/v1/admin/clients/" + id)
                .then().statusCode(204);

        List<JsonNode> events = TopicReader.eventsWithKey(config.topics().client(), id, found -> found.size() >= 2,
                Duration.ofSeconds(20));
        assertEquals(List.of(false, true), events.stream().map(event -> event.at("/data/revoked").asBoolean()).toList());
        JsonSchema schema = schema("client-changed.schema.json");
        for (JsonNode event : events) {
            assertEquals(Set.of(), schema.validate(event), "the schema rejects " + event);
            assertFalse(event.toString().contains("iwd_"), "no API key in an event");
        }
        JsonNode example = new ObjectMapper().readTree(EVENTS_DOCS.resolve("client-changed.example.json").toFile());
        assertEquals(Set.of(), schema.validate(example), "the documented example validates");
    }

    private static JsonSchema schema(String file) throws IOException {
        SchemaValidatorsConfig strictFormats = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream text = Files.newInputStream(EVENTS_DOCS.resolve(file))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text, strictFormats);
        }
    }
}
