package vn.gialai.iwd.registry;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.gialai.iwd.registry.repository.TableMaintenance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A table loaded from empty gets fresh planner statistics (at most once a minute, unless it doubled), and one
 * with dead rows is vacuumed (at most once a minute), by the service when the server's autovacuum is off;
 * when it is on, both are left to the server.
 */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
class TableMaintenanceTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TableMaintenance maintenance;

    @Test
    void aTableThatGrewIsAnalyzedOnlyWhenAutovacuumIsOff() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists statistics_probe");
            statement.execute("create table statistics_probe (id integer primary key)");
            statement.execute("insert into statistics_probe select generate_series(1, 5000)");
            boolean autovacuumOff = "off".equals(value(statement, "show autovacuum"));
            awaitStatistic(statement, "n_mod_since_analyze", 5000);
            maintenance.maintainIfAutovacuumIsOff();
            String analyzed = statistic(statement, "last_analyze is not null");
            statement.execute("drop table statistics_probe");
            assertEquals(autovacuumOff ? "t" : "f", analyzed);
        }
    }

    /** As autovacuum, which visits a database once a minute; but a table that doubled is analysed at once. */
    @Test
    void aTableAnalysedWithinTheMinuteIsAnalysedAgainOnlyOnceItDoubled() throws Exception {
        withProbeTable("the server analyses its own tables", statement -> {
            statement.execute("insert into statistics_probe select generate_series(1, 5000)");
            awaitStatistic(statement, "n_mod_since_analyze", 5000);
            maintenance.maintainIfAutovacuumIsOff();
            assertEquals("1", statistic(statement, "analyze_count"));

            statement.execute("insert into statistics_probe select generate_series(5001, 8000)");
            awaitStatistic(statement, "n_mod_since_analyze", 3000);
            maintenance.maintainIfAutovacuumIsOff();
            assertEquals("1", statistic(statement, "analyze_count"), "60 % more rows, analysed moments ago: not yet");

            statement.execute("insert into statistics_probe select generate_series(8001, 11000)");
            awaitStatistic(statement, "n_mod_since_analyze", 6000);
            maintenance.maintainIfAutovacuumIsOff();
            assertEquals("2", statistic(statement, "analyze_count"), "more than twice the rows of the last analysis");
        });
    }

    @Test
    void deadRowsAreVacuumedAwayAtMostOnceAMinute() throws Exception {
        withProbeTable("the server vacuums its own tables", statement -> {
            statement.execute("insert into statistics_probe select generate_series(1, 5000)");
            statement.execute("delete from statistics_probe where id <= 4000");
            awaitStatistic(statement, "n_dead_tup", 4000);
            maintenance.maintainIfAutovacuumIsOff();
            assertEquals("1", statistic(statement, "vacuum_count"));
            assertEquals("0", statistic(statement, "n_dead_tup"));

            statement.execute("delete from statistics_probe where id <= 5000");
            awaitStatistic(statement, "n_dead_tup", 1000);
            maintenance.maintainIfAutovacuumIsOff();
            assertEquals("1", statistic(statement, "vacuum_count"), "vacuumed moments ago: not again within the minute");
        });
    }

    private interface ProbeSteps {
        void run(Statement statement) throws Exception;
    }

    /** Runs the steps against a new, empty statistics_probe table, on a server whose autovacuum is off. */
    private void withProbeTable(String reasonToSkipWhenAutovacuumIsOn, ProbeSteps steps) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assumeTrue("off".equals(value(statement, "show autovacuum")), reasonToSkipWhenAutovacuumIsOn);
            statement.execute("drop table if exists statistics_probe");
            statement.execute("create table statistics_probe (id integer primary key)");
            try {
                steps.run(statement);
            } finally {
                statement.execute("drop table statistics_probe");
            }
        }
    }

    private static String statistic(Statement statement, String column) throws SQLException {
        return value(statement, "select " + column + " from pg_stat_user_tables where relname = 'statistics_probe'");
    }

    /** Table activity reaches pg_stat_user_tables when the writing session reports it, within a second or so. */
    private static void awaitStatistic(Statement statement, String column, int expected) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!String.valueOf(expected).equals(statistic(statement, column)) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
    }

    private static String value(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
