package vn.gialai.iwd.gateway.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.gateway.config.EventsConfig;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Writes CloudEvents 1.0 (JSON, structured mode, by the CloudEvents SDK) into the outbox of the caller's transaction. */
@ApplicationScoped
public class CloudEventWriter {

    private static final JsonFormat STRUCTURED_JSON = new JsonFormat();

    private final OutboxRepository outbox;
    private final ObjectMapper json;
    private final URI source;

    CloudEventWriter(OutboxRepository outbox, ObjectMapper json, EventsConfig config) {
        this.outbox = outbox;
        this.json = json;
        this.source = URI.create(config.source());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String type, String subject, Object data) {
        OutboxEvent row = new OutboxEvent();
        row.topic = topic;
        row.key = subject;
        row.payload = structuredJson(type, subject, data);
        outbox.persist(row);
    }

    /** The whole event as it goes on the wire; {@code data} is serialised by the application's mapper (ISO-8601 dates). */
    String structuredJson(String type, String subject, Object data) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(source)
                .withType(type)
                .withSubject(subject)
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(JsonCloudEventData.wrap(json.valueToTree(data)))
                .build();
        return new String(STRUCTURED_JSON.serialize(event), StandardCharsets.UTF_8);
    }
}
