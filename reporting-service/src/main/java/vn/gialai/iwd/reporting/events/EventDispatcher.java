package vn.gialai.iwd.reporting.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;
import vn.gialai.iwd.reporting.service.UnitProjection;

/**
 * Applies one poll's records in one transaction. Unknown event types are skipped (tolerant reader);
 * an unreadable record is logged by topic/offset only — payloads may hold data we must not log.
 */
@ApplicationScoped
public class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class);

    private final ObjectMapper json;
    private final UnitProjection units;

    EventDispatcher(ObjectMapper json, UnitProjection units) {
        this.json = json;
        this.units = units;
    }

    @Transactional
    public void applyAll(ConsumerRecords<String, String> records) {
        for (ConsumerRecord<String, String> record : records) {
            IncomingEvent event = read(record);
            if (event == null || event.data() == null) {
                continue;
            }
            if (UnitChanged.TYPE.equals(event.type())) {
                units.apply(json.convertValue(event.data(), UnitChanged.class), event.time());
            }
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
