package vn.gialai.iwd.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.gialai.iwd.plan.events.ReportSubmitted;
import vn.gialai.iwd.plan.events.TaskChanged;
import vn.gialai.iwd.plan.service.TaskPublisher;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gialai.iwd.plan.PlanApi.createTask;
import static vn.gialai.iwd.plan.PlanApi.report;
import static vn.gialai.iwd.plan.PlanApi.reportBody;

/** What task-service publishes to the task topic, checked against the contract in docs/events/. */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
class TaskEventsTest {

    private static final String TOPIC = "test.iwd.plan.task.v1";
    private static final Path EVENTS_DOCS = Path.of("..", "docs", "events");

    @Inject
    TestClock clock;

    @Inject
    TaskPublisher publisher;

    @AfterEach
    void realTime() {
        clock.useRealTime();
    }

    @Test
    void changesAndReportsArePublishedInOrderWithGrowingVersions() throws IOException {
        clock.setToday(LocalDate.of(2025, 3, 1));
        String code = createTask(PlanApi.newPlan(), """
                {"text": "Sở Y tế", "units": ["SO-YTE"]}""", """
                {"units": ["SO-GDDT"]}""", """
                {"kind": "DEADLINE", "dueDate": "2025-06-30"}""");
        report(Tokens.submitter("SO-YTE"), code, reportBody("2025", "IN_PROGRESS")).statusCode(201);

        List<JsonNode> events = TopicReader.eventsWithKey(TOPIC, code, found -> found.size() >= 3, Duration.ofSeconds(20));
        assertEquals(List.of(TaskChanged.TYPE, ReportSubmitted.TYPE, TaskChanged.TYPE),
                events.stream().map(event -> event.get("type").asText()).toList());
        JsonNode created = events.get(0).get("data");
        assertEquals(1, created.get("version").asLong());
        assertEquals("NOT_STARTED", created.get("status").asText());
        assertEquals("2025-03-01", created.get("statusAsOf").asText());
        JsonNode submitted = events.get(1).get("data");
        assertEquals("SO-YTE", submitted.get("agency").asText());
        assertEquals("LEAD", submitted.get("role").asText());
        JsonNode afterReport = events.get(2).get("data");
        assertEquals(2, afterReport.get("version").asLong());
        assertEquals("IN_PROGRESS", afterReport.get("status").asText());
        assertEquals(code, events.get(2).get("subject").asText());

        assertValid("task-changed.schema.json", List.of(events.get(0), events.get(2), example("task-changed.example.json")));
        assertValid("report-submitted.schema.json", List.of(events.get(1), example("report-submitted.example.json")));
    }

    @Test
    void dailySweepRepublishesOnlyTasksWhoseDerivedStateChanged() {
        clock.setToday(LocalDate.of(2025, 6, 1));
        String code = createTask(PlanApi.newPlan(), """
                {"units": ["SO-YTE"]}""", "null", """
                {"kind": "DEADLINE", "dueDate": "2025-06-30"}""");
        clock.setToday(LocalDate.of(2025, 7, 1));
        assertTrue(publisher.republishChangedDerivedStates() >= 1);
        publisher.republishChangedDerivedStates();

        List<JsonNode> events = TopicReader.eventsWithKey(TOPIC, code, found -> found.size() > 2, Duration.ofSeconds(5));
        assertEquals(List.of(1L, 2L), events.stream().map(event -> event.get("data").get("version").asLong()).toList(),
                "one republication when the due date passed, none when nothing changed");
        assertEquals("OVERDUE", events.get(1).get("data").get("status").asText());
        assertEquals("2025-07-01", events.get(1).get("data").get("statusAsOf").asText());
    }

    @Test
    void everySeededTaskIsPublishedAtStartUp() {
        Instant processStarted = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        // Start-up runs on the real clock; the tests that publish seeded tasks set theirs to 2025.
        String startUpDay = LocalDate.now(clock.getZone()).toString();
        List<String> codes = given().header("Authorization", Tokens.portal())
                .get(PlanApi.BASE + "/tasks?plan=KH-107-2024").then().statusCode(200).extract().jsonPath()
                .getList("items.code");
        assertEquals(11, codes.size());
        for (String code : codes) {
            Predicate<JsonNode> publishedAtStartUp = event -> TaskChanged.TYPE.equals(event.get("type").asText())
                    && !OffsetDateTime.parse(event.get("time").asText()).toInstant().isBefore(processStarted)
                    && startUpDay.equals(event.get("data").get("statusAsOf").asText());
            // The topic outlives test runs: only an event of this process counts.
            List<JsonNode> events = TopicReader.eventsWithKey(TOPIC, code,
                    found -> found.stream().anyMatch(publishedAtStartUp), Duration.ofSeconds(20));
            assertTrue(events.stream().anyMatch(publishedAtStartUp), code + " published at start-up");
        }
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
        return new ObjectMapper().readTree(EVENTS_DOCS.resolve(file).toFile());
    }
}
