package vn.gialai.iwd.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * Runs a private PostgreSQL from Maven artifacts for machines that have only Java and Maven.
 * Usage: EmbeddedPostgresServer DATA_DIR PORT. Data survives restarts; SIGTERM stops the server cleanly.
 */
public final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: EmbeddedPostgresServer DATA_DIR PORT");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Path installDir = dataDir.resolveSibling("pg-install");
        Files.createDirectories(installDir);
        removeUnfinishedUnpacking(installDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(installDir.toFile())
                .setPort(port)
                .setServerConfig("max_connections", "200")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }));
        System.out.println("embedded PostgreSQL ready on 127.0.0.1:" + postgres.getPort());
        stopped.await();
    }

    /**
     * The library marks a finished unpacking with an ".exists" file; a start killed mid-way leaves a
     * half-unpacked folder that it then refuses to overwrite, so remove such folders first.
     */
    private static void removeUnfinishedUnpacking(Path installDir) throws IOException {
        try (Stream<Path> unpacked = Files.list(installDir)) {
            for (Path dir : unpacked.filter(Files::isDirectory).toList()) {
                if (!Files.exists(dir.resolve(".exists"))) {
                    try (Stream<Path> tree = Files.walk(dir)) {
                        for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(path);
                        }
                    }
                }
            }
        }
    }
}
