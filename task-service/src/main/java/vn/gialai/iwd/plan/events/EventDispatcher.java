package vn.gialai.iwd.plan.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;
import vn.gialai.iwd.plan.service.AgencyService;

/**
 * Applies one poll's records in one transaction. Unknown event types are skipped (tolerant reader);
 * an unreadable record is logged by topic/offset only.
 */
@ApplicationScoped
public class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class);

    private final ObjectMapper json;
    private final AgencyService agencies;

    EventDispatcher(ObjectMapper json, AgencyService agencies) {
        this.json = json;
        this.agencies = agencies;
    }

    @Transactional
    public void applyAll(ConsumerRecords<String, String> records) {
        for (ConsumerRecord<String, String> record : records) {
            IncomingEvent event = read(record);
            if (event == null || event.data() == null || !UnitChanged.TYPE.equals(event.type())) {
                continue;
            }
            UnitChanged unit = readUnit(event);
            if (unit != null && unit.isComplete()) {
                agencies.apply(unit);
            } else {
                // a unit without its required fields would fail every retry and block the topic
                LOG.errorf("skipping incomplete or unreadable unit event at %s-%d offset %d", record.topic(), record.partition(),
                        record.offset());
            }
        }
    }

    private UnitChanged readUnit(IncomingEvent event) {
        try {
            return json.convertValue(event.data(), UnitChanged.class);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private IncomingEvent read(ConsumerRecord<String, String> record) {
        try {
            return json.readValue(record.value(), IncomingEvent.class);
        } catch (JsonProcessingException e) {
            LOG.errorf("skipping unreadable event at %s-%d offset %d", record.topic(), record.partition(), record.offset());
            return null;
        }
    }
}
