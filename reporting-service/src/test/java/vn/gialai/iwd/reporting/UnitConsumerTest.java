package vn.gialai.iwd.reporting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gialai.iwd.reporting.domain.UnitView;
import vn.gialai.iwd.reporting.repository.UnitViewRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
@QuarkusTestResource(TestRunResource.class)
class UnitConsumerTest {

    @Inject
    UnitViewRepository units;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "iwd.consumer.topics.unit")
    String unitTopic;

    @Test
    void readinessReportsDatabaseAndKafkaUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("Kafka connection health check"));
    }

    @Test
    void newerVersionsApplyWhileStaleAndRepeatedEventsAreIgnored() throws Exception {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        send(code, unitEvent(code, "Tên thứ hai", 2));
        UnitView applied = awaitUnit(code, unit -> unit.version == 2);
        assertEquals("Tên thứ hai", applied.nameVi);

        send(code, unitEvent(code, "Tên cũ", 1));
        send(code, unitEvent(code, "Tên thứ hai, gửi lại", 2));
        send(code, unitEvent(code, "Tên thứ ba", 3));
        UnitView latest = awaitUnit(code, unit -> unit.version == 3);
        assertEquals("Tên thứ ba", latest.nameVi, "stale (v1) and repeated (v2) events changed nothing");
    }

    @Test
    void envelopesThatAreNotCloudEventsAreSkippedAndCountedAndTheNextEventIsApplied() throws Exception {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        double before = unreadableCount();
        String valid = unitEvent(code, "Sau các sự kiện hỏng", 1);
        send(code, "{\"specversion\": \"1.0\", not json");
        send(code, valid.replaceFirst("\"id\": \"[^\"]+\", ", ""));
        send(code, valid.replace("\"specversion\": \"1.0\"", "\"specversion\": \"0.1\""));
        send(code, valid.replaceFirst("\"time\": \"[^\"]+\", ", ""));
        send(code, valid);
        assertEquals("Sau các sự kiện hỏng", awaitUnit(code, unit -> unit.version == 1).nameVi);
        assertEquals(before + 4, unreadableCount(), "the four broken envelopes are counted, not applied");
    }

    private static double unreadableCount() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("iwd_events_ignored_total{reason=\"unreadable\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private UnitView awaitUnit(String code, Predicate<UnitView> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        UnitView unit = null;
        while (Instant.now().isBefore(deadline)) {
            unit = QuarkusTransaction.requiringNew().call(() -> units.findById(code));
            if (unit != null && done.test(unit)) {
                return unit;
            }
            Thread.sleep(100);
        }
        assertNotNull(unit, "unit event was never applied");
        throw new AssertionError("unit reached version " + unit.version + " only");
    }

    private void send(String key, String value) throws ExecutionException, InterruptedException {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", bootstrap), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(unitTopic, key, value)).get();
        }
    }

    private static String unitEvent(String code, String name, long version) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/iwd/registry-service",
                 "type": "vn.gialai.iwd.registry.unit.changed", "subject": "%s",
                 "time": "2026-11-26T08:00:00Z", "datacontenttype": "application/json",
                 "data": {"code": "%s", "nameVi": "%s", "kind": "COMMUNE", "validFrom": "2025-07-01",
                          "successorCodes": [], "version": %d, "addedLater": "ignored by a tolerant reader"}}"""
                .formatted(UUID.randomUUID(), code, code, name, version);
    }
}
