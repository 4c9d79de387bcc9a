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
 * Does what autovacuum would when the server does not (autovacuum off, as on the development and CI
 * machines): statistics of a table loaded from empty would never be refreshed, so the planner would keep
 * estimating a few rows and pick scans that slow every batch as the tables grow, and dead rows would never
 * be reclaimed (docs/PERFORMANCE.md). Tables are vacuumed by autovacuum's default rule and analysed by its
 * analyze rule, each at most once a minute, but a table that doubled is analysed at once. When autovacuum is
 * on, this does nothing and the server decides.
 */
@ApplicationScoped
public class TableMaintenance {

    private static final Logger LOG = Logger.getLogger(TableMaintenance.class);

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

    /**
     * Autovacuum's default vacuum rule, 50 rows plus 20 % of the live ones dead, at most once a minute: without
     * it the outbox (every row deleted once relayed) and reporting's counters (updated in every poll) keep
     * every dead version, and each relay pass and counter upsert walks more of them.
     */
    private static final String TABLES_TO_VACUUM = """
            select format('%I', relname) from pg_stat_user_tables
            where schemaname = current_schema() and n_dead_tup > 50 + 0.2 * n_live_tup
              and coalesce(greatest(last_vacuum, last_autovacuum), '-infinity') < now() - interval '1 minute'
            order by relname""";

    private final AgroalDataSource dataSource;

    TableMaintenance(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Scheduled(every = "${iwd.maintenance.statistics-check-interval}", delayed = "${iwd.maintenance.statistics-check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void maintainIfAutovacuumIsOff() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet setting = statement.executeQuery("show autovacuum")) {
                if (setting.next() && "on".equals(setting.getString(1))) {
                    return;
                }
            }
            for (String table : tables(statement, TABLES_TO_VACUUM)) {
                statement.execute("vacuum " + table);
                LOG.debugf("vacuumed %s (autovacuum is off)", table);
            }
            for (String table : tables(statement, STALE_TABLES)) {
                statement.execute("analyze " + table);
                LOG.debugf("analyzed %s (autovacuum is off)", table);
            }
        } catch (SQLException e) {
            LOG.warnf("could not vacuum or analyze tables: %s", e.getMessage());
        }
    }

    private static List<String> tables(Statement statement, String query) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
