package vn.gialai.iwd.registry.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gialai.iwd.registry.config.EventsConfig;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes CloudEvents 1.0 (JSON, structured mode) into the outbox of the caller's transaction. */
@ApplicationScoped
public class CloudEventWriter {

    private final OutboxRepository outbox;
    private final ObjectMapper json;
    private final EventsConfig config;

    CloudEventWriter(OutboxRepository outbox, ObjectMapper json, EventsConfig config) {
        this.outbox = outbox;
        this.json = json;
        this.config = config;
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
        outbox.insertAll(topic, events.stream().map(Pending::subject).toList(),
                events.stream().map(event -> cloudEvent(type, dataschema, event.subject(), event.data())).toList());
    }

    private String cloudEvent(String type, String dataschema, String subject, Object data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", config.source());
        event.put("type", type);
        event.put("subject", subject);
        event.put("time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        event.put("datacontenttype", "application/json");
        if (dataschema != null) {
            event.put("dataschema", dataschema);
        }
        event.put("data", data);
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event data is not serialisable: " + type, e);
        }
    }
}
