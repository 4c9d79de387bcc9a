package vn.gialai.iwd.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.gialai.iwd.gateway.config.EventsConfig;
import vn.gialai.iwd.gateway.events.CloudEventWriter;
import vn.gialai.iwd.gateway.events.OutboxRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(FakeServicesResource.class)
class OutboxRelayTest {

    @Inject
    CloudEventWriter events;

    @Inject
    OutboxRepository outbox;

    @Inject
    EventsConfig config;

    @Test
    void readinessReportsDatabaseAndKafkaUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("Kafka connection health check"));
    }

    @Test
    void eventsCommittedToTheOutboxArePublishedInOrderAndRemoved() throws InterruptedException {
        String key = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            events.append(config.topics().client(), "vn.gialai.iwd.test.happened", key, Map.of("step", 1));
            events.append(config.topics().client(), "vn.gialai.iwd.test.happened", key, Map.of("step", 2));
        });

        List<JsonNode> published = TopicReader.eventsWithKey(config.topics().client(), key,
                found -> found.size() >= 2, Duration.ofSeconds(20));
        assertEquals(List.of(1, 2), published.stream().map(event -> event.get("data").get("step").asInt()).toList());
        assertEquals("1.0", published.get(0).get("specversion").asText());

        Instant deadline = Instant.now().plusSeconds(10);
        while (QuarkusTransaction.requiringNew().call(() -> outbox.count("key", key)) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertTrue(QuarkusTransaction.requiringNew().call(() -> outbox.count("key", key)) == 0,
                "published rows leave the outbox");
    }

    @Test
    void rolledBackChangesPublishNothing() {
        String key = UUID.randomUUID().toString();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                events.append(config.topics().client(), "vn.gialai.iwd.test.happened", key, Map.of("step", 1));
                throw new IllegalStateException("business rule failed after the event was written");
            });
        } catch (IllegalStateException expected) {
            // the transaction, event included, is rolled back
        }
        List<JsonNode> published = TopicReader.eventsWithKey(config.topics().client(), key,
                found -> false, Duration.ofSeconds(3));
        assertTrue(published.isEmpty());
    }
}
