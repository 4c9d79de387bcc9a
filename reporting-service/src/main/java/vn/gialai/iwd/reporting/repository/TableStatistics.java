package vn.gialai.iwd.reporting.repository;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the planner's statistics of this service's tables fresh when the server does not: with
 * autovacuum off (as on the development machines) statistics of a table loaded from empty (or emptied
 * by a rebuild) are never refreshed, the planner keeps estimating a few rows and picks scans that slow
 * every poll as the tables grow (docs/PERFORMANCE.md). When autovacuum is on, this does nothing and the
 * server decides. The threshold is autovacuum's default analyze rule, 50 rows plus 10 % of the table
 * changed, at most once a minute unless the table doubled.
 */
@ApplicationScoped
public class TableStatistics {

    private static final Logger LOG = Logger.getLogger(TableStatistics.class);

    /**
     * Changed by autovacuum's rule, and then either not analysed for a minute (autovacuum's default naptime:
     * it visits each database once a minute) or grown to twice the rows of its last analysis (or never
     * analysed). Analysing a growing table on every check cost PostgreSQL more than the pushes that grew it
     * (docs/PERFORMANCE.md); growth by doubling keeps the planner's picture within a factor of two.
     */
    private static final String STALE_TABLES = """
            select format('%I', s.relname) from pg_stat_user_tables s join pg_class c on c.oid = s.relid
            where s.schemaname = current_schema() and s.n_mod_since_analyze > 50 + 0.1 * s.n_live_tup
              and (c.reltuples < 0 or s.n_live_tup > 2 * c.reltuples
                   or coalesce(greatest(s.last_analyze, s.last_autoanalyze), '-infinity') < now() - interval '1 minute')
            order by s.relname""";

    private final AgroalDataSource dataSource;

    TableStatistics(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Scheduled(every = "${iwd.maintenance.statistics-check-interval}", delayed = "${iwd.maintenance.statistics-check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void refreshIfAutovacuumIsOff() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet setting = statement.executeQuery("show autovacuum")) {
                if (setting.next() && "on".equals(setting.getString(1))) {
                    return;
                }
            }
            for (String table : staleTables(statement)) {
                statement.execute("analyze " + table);
                LOG.debugf("analyzed %s (autovacuum is off)", table);
            }
        } catch (SQLException e) {
            LOG.warnf("could not refresh table statistics: %s", e.getMessage());
        }
    }

    private static List<String> staleTables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(STALE_TABLES)) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
