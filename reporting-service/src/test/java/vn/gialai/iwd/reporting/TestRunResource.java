package vn.gialai.iwd.reporting;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Isolates a test run: its own topics and consumer group (the broker keeps earlier runs' events,
 * which a replay would otherwise count), deleted afterwards; and a known HTTP port, so that the
 * registry client can be pointed at {@link FakeRegistryStatsResource} inside the same application.
 */
public class TestRunResource implements QuarkusTestResourceLifecycleManager {

    static final String BOOTSTRAP = System.getenv().getOrDefault("IWD_KAFKA_BOOTSTRAP", "127.0.0.1:9092");

    private List<String> topics;

    @Override
    public Map<String, String> start() {
        String run = "test." + UUID.randomUUID().toString().substring(0, 8) + ".";
        topics = List.of(run + "iwd.registry.person.v1", run + "iwd.registry.unit.v1", run + "iwd.plan.task.v1");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", BOOTSTRAP))) {
            admin.createTopics(topics.stream().map(topic -> new NewTopic(topic, 3, (short) 1)).toList()).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the test topics", e);
        }
        int port = freePort();
        return Map.of(
                "iwd.consumer.topics.person", topics.get(0),
                "iwd.consumer.topics.unit", topics.get(1),
                "iwd.consumer.topics.task", topics.get(2),
                "iwd.consumer.group-id", run + "reporting",
                "quarkus.http.test-port", Integer.toString(port),
                "quarkus.rest-client.registry.url", "http://127.0.0.1:" + port);
    }

    @Override
    public void stop() {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", BOOTSTRAP))) {
            admin.deleteTopics(topics).all().get();
        } catch (Exception e) {
            // Left-over topics of a test run are harmless: names are unique per run.
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
