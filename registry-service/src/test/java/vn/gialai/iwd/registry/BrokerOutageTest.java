package vn.gialai.iwd.registry;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.gialai.iwd.registry.events.OutboxRepository;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gialai.iwd.registry.RecordResourceTest.put;
import static vn.gialai.iwd.registry.SampleRecords.doctor;
import static vn.gialai.iwd.registry.SampleRecords.with;

/** The outbox keeps writes and their events while the broker is down, and publishes them, in order, once it is back. */
@QuarkusTest
@TestProfile(BrokerOutageTest.OwnBroker.class)
@QuarkusTestResource(TokenKeysResource.class)
class BrokerOutageTest {

    public static class OwnBroker implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PrivateBroker.class));
        }
    }

    @Inject
    OutboxRepository outbox;

    @Test
    void writesDuringAnOutageArePublishedOnceTheBrokerIsBackWithNothingLostOrReordered() {
        String externalId = SampleRecords.externalId();
        String personId = put("SO-YTE", externalId, doctor()).statusCode(201).extract().path("personId");
        TopicReader.eventsWithKey("test.iwd.registry.person.v1", personId, found -> !found.isEmpty(), Duration.ofSeconds(30));

        PrivateBroker.stopBroker();
        put("SO-YTE", externalId, with(doctor(), "highestQualification", "DOCTORATE")).statusCode(200);
        put("SO-YTE", externalId, with(doctor(), "highestQualification", "DOCTORATE", "sector", "EDUCATION")).statusCode(200);
        put("SO-YTE", externalId, with(doctor(), "highestQualification", "DOCTORATE", "sector", "SCIENCE_TECHNOLOGY"))
                .statusCode(200);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> outbox.count("key", personId)) >= 3,
                "the writes succeeded and their events wait in the outbox");

        PrivateBroker.startBroker();
        List<JsonNode> events = TopicReader.eventsWithKey("test.iwd.registry.person.v1", personId,
                found -> found.size() >= 4, Duration.ofSeconds(90));
        List<Long> versions = events.stream().map(event -> event.get("data").get("version").asLong()).toList();
        assertEquals(List.of(1L, 2L, 3L, 4L), versions.stream().distinct().toList(), "every version arrived");
        assertEquals(versions.stream().sorted().toList(), versions, "in order (a resend may repeat, never reorder)");
        assertEquals("SCIENCE_TECHNOLOGY", events.get(events.size() - 1).get("data").get("sector").asText());
    }
}
