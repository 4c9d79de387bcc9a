package vn.gialai.iwd.registry;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A Kafka broker of the test's own (the same artifacts as deploy/up.sh's, on ports 19092/19093)
 * that a test may stop and start again with its data kept: a broker outage without disturbing the
 * broker other tests share.
 */
public class PrivateBroker implements QuarkusTestResourceLifecycleManager {

    static final int PORT = 19092;
    private static final Path TOOLS = Path.of("..", "deploy", "local-stack", "target");
    private static Path dataDir;
    private static Process broker;

    @Override
    public Map<String, String> start() {
        try {
            dataDir = Files.createTempDirectory("iwd-private-broker");
            Path properties = dataDir.resolve("server.properties");
            Files.writeString(properties, String.join("\n",
                    "process.roles=broker,controller", "node.id=1",
                    "controller.quorum.bootstrap.servers=127.0.0.1:" + (PORT + 1),
                    "listeners=PLAINTEXT://127.0.0.1:" + PORT + ",CONTROLLER://127.0.0.1:" + (PORT + 1),
                    "advertised.listeners=PLAINTEXT://127.0.0.1:" + PORT, "controller.listener.names=CONTROLLER",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "log.dirs=" + dataDir.resolve("data"), "num.partitions=3",
                    "offsets.topic.replication.factor=1", "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1", "share.coordinator.state.topic.replication.factor=1",
                    "share.coordinator.state.topic.min.isr=1", "group.initial.rebalance.delay.ms=0") + "\n");
            run(List.of("kafka.tools.StorageTool", "format", "--standalone", "-t", UUID.randomUUID().toString()
                    .replace("-", "").substring(0, 22), "-c", properties.toString()));
            startBroker();
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:" + PORT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        stopBroker();
    }

    static void stopBroker() {
        if (broker != null) {
            broker.destroy();
            try {
                broker.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            broker.destroyForcibly();
            broker = null;
        }
    }

    static void startBroker() {
        try {
            broker = new ProcessBuilder(command(List.of("kafka.Kafka", dataDir.resolve("server.properties").toString())))
                    .redirectErrorStream(true).redirectOutput(dataDir.resolve("broker.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try (Socket ignored = new Socket("127.0.0.1", PORT)) {
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        throw new IllegalStateException("the private broker did not start; see " + dataDir.resolve("broker.log"));
    }

    private static void run(List<String> arguments) throws IOException {
        try {
            Process process = new ProcessBuilder(command(arguments)).redirectErrorStream(true)
                    .redirectOutput(dataDir.resolve("format.log").toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("formatting the private broker's storage failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> command(List<String> arguments) {
        String classpath = TOOLS.resolve("classes") + File.pathSeparator + TOOLS.resolve("lib") + File.separator + "*";
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp", classpath));
        command.addAll(arguments);
        return command;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
