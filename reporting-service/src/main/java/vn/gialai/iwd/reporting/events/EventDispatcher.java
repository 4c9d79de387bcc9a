package vn.gialai.iwd.reporting.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;
import vn.gialai.iwd.reporting.config.ConsumerConfig;
import vn.gialai.iwd.reporting.domain.PersonProfile;
import vn.gialai.iwd.reporting.repository.ConsumerStateRepository;
import vn.gialai.iwd.reporting.service.DataChanged;
import vn.gialai.iwd.reporting.service.PersonProjection;
import vn.gialai.iwd.reporting.service.TaskProjection;
import vn.gialai.iwd.reporting.service.UnitProjection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one poll's records ({@link #read}, no database) and applies them in one transaction
 * ({@link #apply}), so that the consumer can read the next poll while the database applies this one.
 * Unknown event types are skipped (tolerant reader); an unreadable record is logged by topic/offset only —
 * payloads may hold data we must not log. Each type is applied only from its own topic and producer: a
 * person event written onto the task topic, or sent by anyone but registry, is ignored. Skipped records are
 * counted by reason ({@code iwd_events_ignored_total}). Person events are collected and applied together,
 * so that a poll costs a few statements.
 */
@ApplicationScoped
public class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class);
    private static final JsonFormat STRUCTURED_JSON = new JsonFormat();
    private static final String REGISTRY = "/iwd/registry-service";
    private static final String TASK_SERVICE = "/iwd/task-service";

    private final ObjectMapper json;
    private final UnitProjection units;
    private final PersonProjection persons;
    private final TaskProjection tasks;
    private final ConsumerStateRepository consumerState;
    private final Event<DataChanged> dataChanged;
    private final Map<String, Origin> origins;
    private final MeterRegistry meters;

    /** Where events of one type may come from: their topic and their producer's CloudEvents source. */
    private record Origin(String topic, String source) {
    }

    private record UnitVersion(UnitChanged unit, OffsetDateTime time) {
    }

    /** A poll's readable changes, in the order received per kind, and the newest event time per partition. */
    public static final class ReadPoll {
        private final List<UnitVersion> unitVersions = new ArrayList<>();
        private final List<TaskChanged> taskVersions = new ArrayList<>();
        private final List<PersonProfile> personVersions = new ArrayList<>();
        private final Map<ConsumerStateRepository.Partition, OffsetDateTime> newest = new HashMap<>();
    }

    EventDispatcher(ObjectMapper json, UnitProjection units, PersonProjection persons, TaskProjection tasks,
                    ConsumerStateRepository consumerState, Event<DataChanged> dataChanged, ConsumerConfig config,
                    MeterRegistry meters) {
        this.json = json;
        this.meters = meters;
        this.origins = Map.of(PersonChanged.TYPE, new Origin(config.topics().person(), REGISTRY),
                UnitChanged.TYPE, new Origin(config.topics().unit(), REGISTRY),
                TaskChanged.TYPE, new Origin(config.topics().task(), TASK_SERVICE));
        this.units = units;
        this.persons = persons;
        this.tasks = tasks;
        this.consumerState = consumerState;
        this.dataChanged = dataChanged;
    }

    /** The poll's events read and checked, without the database. */
    public ReadPoll read(ConsumerRecords<String, String> records) {
        ReadPoll poll = new ReadPoll();
        for (ConsumerRecord<String, String> record : records) {
            IncomingEvent event = read(record);
            if (event == null) {
                ignored("unreadable");
                continue;
            }
            Origin origin = origins.get(event.type());
            if (origin == null) {
                ignored("unknown-type");
            } else if (!origin.topic().equals(record.topic()) || !origin.source().equals(event.source())) {
                LOG.warnf("ignoring %s from source %s on %s-%d offset %d: not its topic and producer", event.type(),
                        event.source(), record.topic(), record.partition(), record.offset());
                ignored("wrong-origin");
            } else if (collect(event, poll)) {
                poll.newest.merge(new ConsumerStateRepository.Partition(record.topic(), record.partition()), event.time(),
                        (a, b) -> a.isAfter(b) ? a : b);
            } else {
                LOG.debugf("ignoring unreadable data of %s at %s-%d offset %d", event.type(), record.topic(),
                        record.partition(), record.offset());
                ignored("invalid-data");
            }
        }
        return poll;
    }

    /** @throws GenerationChangedException when a rebuild replaced {@code generation}; nothing is applied then */
    @Transactional
    public void apply(ReadPoll poll, String generation) {
        String current = consumerState.lockGeneration();
        if (!current.equals(generation)) {
            throw new GenerationChangedException(current);
        }
        poll.unitVersions.forEach(version -> units.apply(version.unit(), version.time()));
        poll.taskVersions.forEach(tasks::apply);
        persons.apply(poll.personVersions);
        consumerState.recordProgress(poll.newest);
        dataChanged.fire(new DataChanged());
    }

    private void ignored(String reason) {
        meters.counter("iwd.events.ignored", "reason", reason).increment();
    }

    /** @return whether the event's data was readable */
    private boolean collect(IncomingEvent event, ReadPoll poll) {
        switch (event.type()) {
            case PersonChanged.TYPE -> {
                PersonChanged person = convert(event.data(), PersonChanged.class);
                if (person == null || person.personId() == null || person.version() < 1) {
                    return false;
                }
                poll.personVersions.add(PersonProjection.profileOf(person, event.time()));
            }
            case UnitChanged.TYPE -> {
                UnitChanged unit = convert(event.data(), UnitChanged.class);
                if (unit == null || unit.code() == null) {
                    return false;
                }
                poll.unitVersions.add(new UnitVersion(unit, event.time()));
            }
            case TaskChanged.TYPE -> {
                TaskChanged task = convert(event.data(), TaskChanged.class);
                if (task == null || !TaskProjection.readable(task)) {
                    return false;
                }
                poll.taskVersions.add(task);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private <T> T convert(JsonNode data, Class<T> type) {
        try {
            return json.treeToValue(data, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The event as the CloudEvents SDK reads structured JSON (required attributes and spec version checked);
     * an envelope without data or time cannot be applied reproducibly and is skipped like unreadable JSON.
     */
    private IncomingEvent read(ConsumerRecord<String, String> record) {
        try {
            CloudEvent event = record.value() == null ? null
                    : STRUCTURED_JSON.deserialize(record.value().getBytes(StandardCharsets.UTF_8));
            JsonNode data = event == null ? null : dataOf(event.getData());
            if (data != null && event.getTime() != null) {
                return new IncomingEvent(event.getType(), event.getSource().toString(), event.getTime(), data);
            }
        } catch (EventDeserializationException | IllegalArgumentException | IllegalStateException | IOException e) {
            // logged below, without the payload
        }
        LOG.errorf("skipping unreadable event at %s-%d offset %d", record.topic(), record.partition(), record.offset());
        return null;
    }

    private JsonNode dataOf(CloudEventData data) throws IOException {
        if (data instanceof JsonCloudEventData node) {
            return node.getNode();
        }
        return data == null ? null : json.readTree(data.toBytes());
    }
}
