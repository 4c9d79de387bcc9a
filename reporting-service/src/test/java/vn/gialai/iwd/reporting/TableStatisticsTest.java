package vn.gialai.iwd.reporting;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.gialai.iwd.reporting.repository.TableStatistics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A table loaded from empty gets fresh planner statistics from the service when the server's
 * autovacuum is off, and is left to the server when it is on.
 */
@QuarkusTest
@QuarkusTestResource(TokenKeysResource.class)
@QuarkusTestResource(TestRunResource.class)
class TableStatisticsTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TableStatistics statistics;

    @Test
    void aTableThatGrewIsAnalyzedOnlyWhenAutovacuumIsOff() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists statistics_probe");
            statement.execute("create table statistics_probe (id integer primary key)");
            statement.execute("insert into statistics_probe select generate_series(1, 5000)");
            boolean autovacuumOff = "off".equals(value(statement, "show autovacuum"));
            // Table activity reaches pg_stat_user_tables when the writing session reports it, within a second or so.
            long deadline = System.currentTimeMillis() + 15_000;
            while (!"5000".equals(value(statement, "select n_mod_since_analyze from pg_stat_user_tables"
                    + " where relname = 'statistics_probe'")) && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            statistics.refreshIfAutovacuumIsOff();
            String analyzed = value(statement, "select last_analyze is not null from pg_stat_user_tables"
                    + " where relname = 'statistics_probe'");
            statement.execute("drop table statistics_probe");
            assertEquals(autovacuumOff ? "t" : "f", analyzed);
        }
    }

    private static String value(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
