package vn.gialai.iwd.plan.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.jackson.PojoCloudEventDataMapper;
import io.cloudevents.rw.CloudEventRWException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;
import vn.gialai.iwd.plan.config.ConsumerConfig;
import vn.gialai.iwd.plan.service.AgencyService;

import java.net.URI;

/**
 * Applies one poll's records in one transaction. Each record is a structured-mode JSON CloudEvent,
 * read by the CloudEvents SDK. Unknown event types are skipped (tolerant reader); an unreadable
 * record is logged by topic/offset only. A unit event is applied only from registry on the unit topic:
 * one written there by another producer is ignored. Skipped records are counted by reason
 * ({@code iwd_events_ignored_total}).
 */
@ApplicationScoped
public class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class);
    private static final JsonFormat STRUCTURED_JSON = new JsonFormat();

    /** The CloudEvents source of registry-service, the only producer of unit events. */
    private static final URI REGISTRY = URI.create("/iwd/registry-service");

    private final AgencyService agencies;
    private final PojoCloudEventDataMapper<UnitChanged> unitData;
    private final String unitTopic;
    private final MeterRegistry meters;

    EventDispatcher(ObjectMapper json, AgencyService agencies, ConsumerConfig config, MeterRegistry meters) {
        this.agencies = agencies;
        this.unitData = PojoCloudEventDataMapper.from(json, UnitChanged.class);
        this.unitTopic = config.topics().unit();
        this.meters = meters;
    }

    @Transactional
    public void applyAll(ConsumerRecords<String, byte[]> records) {
        for (ConsumerRecord<String, byte[]> record : records) {
            CloudEvent event = read(record);
            if (event == null || event.getData() == null) {
                ignored("unreadable");
                continue;
            }
            if (!UnitChanged.TYPE.equals(event.getType())) {
                ignored("unknown-type");
                continue;
            }
            if (!unitTopic.equals(record.topic()) || !REGISTRY.equals(event.getSource())) {
                LOG.warnf("ignoring a unit event from source %s on %s-%d offset %d: not its topic and producer",
                        event.getSource(), record.topic(), record.partition(), record.offset());
                ignored("wrong-origin");
                continue;
            }
            UnitChanged unit = readUnit(event);
            if (unit != null && unit.isComplete()) {
                agencies.apply(unit);
            } else {
                // a unit without its required fields would fail every retry and block the topic
                LOG.errorf("skipping incomplete or unreadable unit event at %s-%d offset %d", record.topic(), record.partition(),
                        record.offset());
                ignored("invalid-data");
            }
        }
    }

    private void ignored(String reason) {
        meters.counter("iwd.events.ignored", "reason", reason).increment();
    }

    private UnitChanged readUnit(CloudEvent event) {
        try {
            return unitData.map(event.getData()).getValue();
        } catch (CloudEventRWException e) {
            return null;
        }
    }

    private static CloudEvent read(ConsumerRecord<String, byte[]> record) {
        try {
            return STRUCTURED_JSON.deserialize(record.value());
        } catch (EventDeserializationException | CloudEventRWException e) {
            LOG.errorf("skipping unreadable event at %s-%d offset %d", record.topic(), record.partition(), record.offset());
            return null;
        }
    }
}
