package vn.gialai.iwd.plan.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import org.junit.jupiter.api.Test;
import vn.gialai.iwd.plan.config.EventsConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The event payload records hold exactly the documented shape (docs/events/), and the envelope the
 * CloudEvents SDK writes is the documented structured-mode CloudEvent. No Quarkus: a mapper set up
 * as Quarkus sets up its own (ISO-8601 dates, offsets kept).
 */
class EventPayloadsTest {

    private static final Path EVENTS_DOCS = Path.of("..", "docs", "events");
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private static final EventsConfig CONFIG = new EventsConfig() {
        @Override
        public String source() {
            return "/iwd/task-service";
        }

        @Override
        public Topics topics() {
            return () -> "test.iwd.plan.task.v1";
        }

        @Override
        public int relayBatchSize() {
            return 1;
        }

        @Override
        public Duration relayInterval() {
            return Duration.ofSeconds(1);
        }
    };

    private static JsonNode example(String file) throws IOException {
        return JSON.readTree(EVENTS_DOCS.resolve(file).toFile());
    }

    @Test
    void theDocumentedTaskChangedDataReadsIntoTheRecordAndWritesBackUnchanged() throws IOException {
        JsonNode data = example("task-changed.example.json").get("data");
        TaskChanged payload = JSON.treeToValue(data, TaskChanged.class);
        assertEquals(data, JSON.readTree(JSON.writeValueAsBytes(payload)));
    }

    @Test
    void theDocumentedReportSubmittedDataReadsIntoTheRecordAndWritesBackUnchanged() throws IOException {
        JsonNode data = example("report-submitted.example.json").get("data");
        ReportSubmitted payload = JSON.treeToValue(data, ReportSubmitted.class);
        assertEquals(data, JSON.readTree(JSON.writeValueAsBytes(payload)));
    }

    @Test
    void theWrittenEnvelopeIsTheDocumentedStructuredCloudEventAndReadsBack() throws IOException {
        JsonNode documented = example("task-changed.example.json");
        TaskChanged payload = JSON.treeToValue(documented.get("data"), TaskChanged.class);
        String written = new CloudEventWriter(null, JSON, CONFIG).structuredJson(TaskChanged.TYPE, payload.code(), payload);

        JsonNode event = JSON.readTree(written);
        assertEquals(Set.of(), schema("task-changed.schema.json").validate(event), written);
        assertEquals(documented.get("data"), event.get("data"), "data is JSON, not base64 or a string");

        CloudEvent read = new JsonFormat().deserialize(written.getBytes(StandardCharsets.UTF_8));
        assertEquals(TaskChanged.TYPE, read.getType());
        assertEquals("III.3", read.getSubject());
        assertEquals("/iwd/task-service", read.getSource().toString());
    }

    private static JsonSchema schema(String file) throws IOException {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream text = Files.newInputStream(EVENTS_DOCS.resolve(file))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text, config);
        }
    }
}
