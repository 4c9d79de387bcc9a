package vn.gialai.iwd.registry.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.registry.config.EventsConfig;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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

    /** One event of a multi-row append. */
    public record Pending(String subject, Object data) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String type, String subject, Object data) {
        OutboxEvent row = new OutboxEvent();
        row.topic = topic;
        row.key = subject;
        row.payload = cloudEvent(type, null, subject, data);
        outbox.persist(row);
    }

    /**
     * Many events in one statement, in list order (outbox ids, hence publication order, follow it);
     * {@code dataschema} names the version of their data.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(String topic, String type, String dataschema, List<Pending> events) {
        if (events.isEmpty()) {
            return;
        }
        outbox.flush();
        URI schema = URI.create(dataschema);
        outbox.insertAll(topic, events.stream().map(Pending::subject).toList(),
                events.stream().map(event -> cloudEvent(type, schema, event.subject(), event.data())).toList());
    }

    /**
     * The whole event as it goes on the wire; {@code data} is serialised by the application's mapper (ISO-8601
     * dates) straight to JSON bytes, which the SDK writes as the raw value of {@code data}: no tree in between,
     * on the path every accepted record takes.
     */
    private String cloudEvent(String type, URI dataschema, String subject, Object data) {
        CloudEventBuilder event = CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(source)
                .withType(type)
                .withSubject(subject)
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withData("application/json", jsonOf(data));
        if (dataschema != null) {
            event.withDataSchema(dataschema);
        }
        return new String(STRUCTURED_JSON.serialize(event.build()), StandardCharsets.UTF_8);
    }

    private byte[] jsonOf(Object data) {
        try {
            return json.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event data of " + data.getClass().getSimpleName() + " cannot be written", e);
        }
    }
}
