package vn.gialai.iwd.reporting.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;
import vn.gialai.iwd.reporting.domain.PersonProfile;
import vn.gialai.iwd.reporting.repository.ConsumerStateRepository;
import vn.gialai.iwd.reporting.service.DataChanged;
import vn.gialai.iwd.reporting.service.PersonProjection;
import vn.gialai.iwd.reporting.service.TaskProjection;
import vn.gialai.iwd.reporting.service.UnitProjection;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies one poll's records in one transaction. Unknown event types are skipped (tolerant reader);
 * an unreadable record is logged by topic/offset only — payloads may hold data we must not log.
 * Person events are collected and applied together, so that a poll costs a few batched statements.
 */
@ApplicationScoped
public class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class);

    private final ObjectMapper json;
    private final UnitProjection units;
    private final PersonProjection persons;
    private final TaskProjection tasks;
    private final ConsumerStateRepository consumerState;
    private final Event<DataChanged> dataChanged;

    EventDispatcher(ObjectMapper json, UnitProjection units, PersonProjection persons, TaskProjection tasks,
                    ConsumerStateRepository consumerState, Event<DataChanged> dataChanged) {
        this.json = json;
        this.units = units;
        this.persons = persons;
        this.tasks = tasks;
        this.consumerState = consumerState;
        this.dataChanged = dataChanged;
    }

    /** @throws GenerationChangedException when a rebuild replaced {@code generation}; nothing is applied then */
    @Transactional
    public void applyAll(ConsumerRecords<String, String> records, String generation) {
        String current = consumerState.lockGeneration();
        if (!current.equals(generation)) {
            throw new GenerationChangedException(current);
        }
        List<PersonProfile> personVersions = new ArrayList<>();
        Map<ConsumerStateRepository.Partition, OffsetDateTime> newest = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            IncomingEvent event = read(record);
            if (event != null && apply(event, personVersions)) {
                newest.merge(new ConsumerStateRepository.Partition(record.topic(), record.partition()), event.time(),
                        (a, b) -> a.isAfter(b) ? a : b);
            } else if (event != null) {
                LOG.debugf("ignoring event of type %s at %s-%d offset %d", event.type(), record.topic(),
                        record.partition(), record.offset());
            }
        }
        persons.apply(personVersions);
        consumerState.recordProgress(newest);
        dataChanged.fire(new DataChanged());
    }

    /** @return whether the event is of a type we consume and was readable */
    private boolean apply(IncomingEvent event, List<PersonProfile> personVersions) {
        if (event.type() == null) {
            return false;
        }
        switch (event.type()) {
            case PersonChanged.TYPE -> {
                PersonChanged person = convert(event.data(), PersonChanged.class);
                if (person == null || person.personId() == null || person.version() < 1) {
                    return false;
                }
                personVersions.add(PersonProjection.profileOf(person, event.time()));
            }
            case UnitChanged.TYPE -> {
                UnitChanged unit = convert(event.data(), UnitChanged.class);
                if (unit == null || unit.code() == null) {
                    return false;
                }
                units.apply(unit, event.time());
            }
            case TaskChanged.TYPE -> {
                TaskChanged task = convert(event.data(), TaskChanged.class);
                if (task == null || !TaskProjection.readable(task)) {
                    return false;
                }
                tasks.apply(task);
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

    /** An envelope without data or time cannot be applied reproducibly: it is skipped like unreadable JSON. */
    private IncomingEvent read(ConsumerRecord<String, String> record) {
        try {
            IncomingEvent event = record.value() == null ? null : json.readValue(record.value(), IncomingEvent.class);
            if (event != null && event.data() != null && event.time() != null) {
                return event;
            }
        } catch (JsonProcessingException e) {
            // logged below, without the payload
        }
        LOG.errorf("skipping unreadable event at %s-%d offset %d", record.topic(), record.partition(), record.offset());
        return null;
    }
}
