package vn.gialai.iwd.reporting;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Migrations are never edited once released: src/test/resources/db/released-migrations.txt lists
 * each released file with its SHA-256. A database at the released version (built in a scratch
 * schema) must then migrate to the current one. A new migration is added to the list when released.
 */
class MigrationHistoryTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path RELEASED = Path.of("src/test/resources/db/released-migrations.txt");
    private static final String SCRATCH_SCHEMA = "upgrade_check";

    private record Released(String file, String sha256) {
    }

    @Test
    void releasedMigrationsAreUnchanged() throws IOException {
        for (Released migration : released()) {
            assertEquals(migration.sha256(), sha256(MIGRATIONS.resolve(migration.file())),
                    migration.file() + " was edited after its release: add a new migration instead");
        }
    }

    @Test
    void theReleasedSchemaMigratesToTheCurrentOne() throws IOException {
        List<Released> released = released();
        Flyway atRelease = flyway().target(versionOf(released.get(released.size() - 1).file())).load();
        atRelease.clean();
        atRelease.migrate();
        Flyway current = flyway().load();
        current.migrate();
        current.validate();
        assertEquals(latestVersion(), current.info().current().getVersion().getVersion());
        current.clean();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        String url = "jdbc:postgresql://" + env("IWD_DB_HOST", "127.0.0.1") + ":" + env("IWD_DB_PORT", "5432")
                + "/iwd_test_reporting";
        return Flyway.configure().dataSource(url, env("IWD_DB_USER", "postgres"), env("IWD_DB_PASSWORD", ""))
                .schemas(SCRATCH_SCHEMA).locations("filesystem:" + MIGRATIONS).cleanDisabled(false);
    }

    private static String latestVersion() throws IOException {
        try (var files = Files.list(MIGRATIONS)) {
            return files.map(file -> versionOf(file.getFileName().toString())).max(MigrationVersion::compareTo)
                    .orElseThrow().getVersion();
        }
    }

    private static List<Released> released() throws IOException {
        return Files.readAllLines(RELEASED).stream().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.trim().split("\\s+")).map(parts -> new Released(parts[0], parts[1]))
                .sorted(java.util.Comparator.comparing(migration -> versionOf(migration.file()))).toList();
    }

    /** V10__set_based_writes.sql → 10 */
    private static MigrationVersion versionOf(String file) {
        return MigrationVersion.fromVersion(file.replaceFirst("^V([0-9_]+)__.*", "$1"));
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String absent) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? absent : value;
    }
}
