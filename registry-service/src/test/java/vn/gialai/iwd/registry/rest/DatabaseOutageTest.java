package vn.gialai.iwd.registry.rest;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseOutageTest {

    @Test
    void anUnreachableRestartingFullOrReadOnlyDatabaseIsAnOutage() {
        assertTrue(DatabaseOutage.causes(new IllegalStateException("query failed", new SQLException("refused", "08001"))));
        assertTrue(DatabaseOutage.causes(new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertTrue(DatabaseOutage.causes(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseOutage.causes(new SQLException("could not extend file: No space left on device", "53100")));
        assertTrue(DatabaseOutage.causes(new SQLException("cannot execute INSERT in a read-only transaction", "25006")));
        assertTrue(DatabaseOutage.causes(new SQLTransientConnectionException("gone")));
        assertTrue(DatabaseOutage.causes(new SQLException("Acquisition timeout while waiting for new connection",
                new TimeoutException())));
    }

    @Test
    void aBadStatementOrAnyOtherFailureIsNot() {
        assertFalse(DatabaseOutage.causes(new SQLException("duplicate key value", "23505")));
        assertFalse(DatabaseOutage.causes(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseOutage.causes(new IllegalArgumentException("no")));
        assertFalse(DatabaseOutage.causes(new RuntimeException(new TimeoutException())), "a timeout outside JDBC");
    }
}
