package vn.gialai.iwd.plan;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gialai.iwd.plan.PlanApi.createTask;
import static vn.gialai.iwd.plan.PlanApi.task;

/** Agencies follow registry's unit events: new units, dissolutions and successors, newest version only. */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
class UnitConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "iwd.consumer.topics.unit")
    String unitTopic;

    @Test
    void publishedDissolutionHandsATasksDutiesToTheSuccessor() throws Exception {
        String old = unitCode();
        String successor = unitCode();
        send(unitEvent(successor, "Xã Kế Thừa", null, List.of(), 1));
        send(unitEvent(old, "Xã Cũ", null, List.of(), 1));
        awaitAgency(old, agency -> agency.getInt("version") == 1);
        String code = createTask(PlanApi.newPlan(), """
                {"units": ["%s"]}""".formatted(old), "null", """
                {"kind": "ANNUAL_FROM", "startYear": 2025}""");
        task(code, LocalDate.of(2026, 3, 1)).body("leadAgencies", equalTo(List.of(old)));

        send(unitEvent(old, "Xã Cũ", "2025-12-31", List.of(successor), 2));
        send(unitEvent(old, "Tên cũ hơn, gửi trễ", null, List.of(), 1));
        JsonPath dissolved = awaitAgency(old, agency -> agency.getInt("version") == 2);
        assertEquals("2025-12-31", dissolved.getString("validTo"), "the stale version 1 changed nothing");
        task(code, LocalDate.of(2025, 12, 31)).body("leadAgencies", equalTo(List.of(old)));
        task(code, LocalDate.of(2026, 3, 1)).body("leadAgencies", equalTo(List.of(successor)))
                .body("obligations.find { it.period == '2025' }.agency", equalTo(successor))
                .body("obligations.find { it.period == '2025' }.state", equalTo("MISSING"));
    }

    @Test
    void incompleteUnitEventIsSkippedWithoutBlockingTheEventsBehindIt() throws Exception {
        String broken = unitCode();
        String next = unitCode();
        send(unitEvent(broken, "Xã Thiếu Loại", null, List.of(), 1).replace("\"kind\": \"COMMUNE\", ", ""));
        send(unitEvent(next, "Xã Sau Đó", null, List.of(), 1));
        awaitAgency(next, agency -> agency.getInt("version") == 1);
        given().header("Authorization", Tokens.portal()).get(PlanApi.BASE + "/agencies")
                .then().statusCode(200).body("items.find { it.code == '" + broken + "' }", equalTo(null));
    }

    @Test
    void aUnitEventFromAnotherProducerIsIgnoredAndCounted() throws Exception {
        String forged = unitCode();
        String next = unitCode();
        send(unitEvent(forged, "Xã Giả Mạo", null, List.of(), 1).replace("/iwd/registry-service", "/someone/else"));
        send(unitEvent(next, "Xã Thật", null, List.of(), 1));
        awaitAgency(next, agency -> agency.getInt("version") == 1);
        given().header("Authorization", Tokens.portal()).get(PlanApi.BASE + "/agencies")
                .then().statusCode(200).body("items.find { it.code == '" + forged + "' }", equalTo(null));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(line -> line.matches("iwd_events_ignored_total\\{reason=\"wrong-origin\",?} [1-9].*")),
                "the forged event is counted");
    }

    private JsonPath awaitAgency(String code, Predicate<JsonPath> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            JsonPath agencies = given().header("Authorization", Tokens.portal()).get(PlanApi.BASE + "/agencies")
                    .then().statusCode(200).extract().jsonPath();
            JsonPath agency = agencies.setRootPath("items.find { it.code == '" + code + "' }");
            if (agency.get() != null && done.test(agency)) {
                return agency;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("unit event for " + code + " was never applied");
    }

    private void send(String value) throws Exception {
        String key = new io.restassured.path.json.JsonPath(value).getString("subject");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", bootstrap), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(unitTopic, key, value)).get();
        }
    }

    private static String unitCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String unitEvent(String code, String name, String validTo, List<String> successors, long version) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/iwd/registry-service",
                 "type": "vn.gialai.iwd.registry.unit.changed", "subject": "%s",
                 "time": "2026-11-26T08:00:00Z", "datacontenttype": "application/json",
                 "data": {"code": "%s", "nameVi": "%s", "kind": "COMMUNE", "parentCode": "52", "validFrom": "2025-07-01",
                          "validTo": %s, "successorCodes": [%s], "version": %d,
                          "addedLater": "ignored by a tolerant reader"}}"""
                .formatted(UUID.randomUUID(), code, code, name, validTo == null ? "null" : "\"" + validTo + "\"",
                        String.join(",", successors.stream().map(s -> "\"" + s + "\"").toList()), version);
    }
}
