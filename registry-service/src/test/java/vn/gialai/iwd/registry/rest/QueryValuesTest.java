package vn.gialai.iwd.registry.rest;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The query parameters a vendor's client sends, read strictly: each bad value names its parameter and rule. */
class QueryValuesTest {

    @Test
    void limitDefaultsAndIsBounded() {
        assertEquals(100, QueryValues.limit(null));
        assertEquals(1000, QueryValues.limit(" 1000 "));
        assertRefused("limit", "OUT_OF_RANGE", () -> QueryValues.limit("0"));
        assertRefused("limit", "OUT_OF_RANGE", () -> QueryValues.limit("1001"));
        assertRefused("limit", "INVALID_FORMAT", () -> QueryValues.limit("ten"));
    }

    @Test
    void flagsAreTrueOrFalseAndNothingElse() {
        assertTrue(QueryValues.flag("atomic", "TRUE"));
        assertFalse(QueryValues.flag("atomic", "false"));
        assertFalse(QueryValues.flag("atomic", null));
        assertRefused("atomic", "INVALID_TYPE", () -> QueryValues.flag("atomic", "yes"));
        assertRefused("atomic", "INVALID_TYPE", () -> QueryValues.flag("atomic", "1"));
    }

    @Test
    void identifiersDatesAndCodesAreParsedOrNamed() {
        UUID id = UUID.randomUUID();
        assertEquals(id, QueryValues.uuid("snapshotId", id.toString()));
        assertNull(QueryValues.uuid("snapshotId", ""));
        assertRefused("snapshotId", "INVALID_FORMAT", () -> QueryValues.uuid("snapshotId", "not-a-uuid"));
        assertEquals(LocalDate.of(2024, 2, 29), QueryValues.date("effectiveDate", "2024-02-29"));
        assertRefused("effectiveDate", "INVALID_DATE", () -> QueryValues.date("effectiveDate", "2025-02-29"));
        assertRefused("updatedSince", "INVALID_FORMAT", () -> QueryValues.instant("updatedSince", "2026-01-31"));
        assertRefused("updatedSince", "OUT_OF_RANGE", () -> QueryValues.instant("updatedSince", "-4714-11-24T00:00:00Z"));
        assertRefused("updatedSince", "OUT_OF_RANGE", () -> QueryValues.instant("updatedSince", "+10000-01-01T00:00:00Z"));
        assertEquals(Thread.State.NEW, QueryValues.code("status", null, Thread.State.class, Thread.State.NEW));
        assertRefused("status", "UNKNOWN_CODE", () -> QueryValues.code("status", "open", Thread.State.class, null));
    }

    private static void assertRefused(String parameter, String code, Runnable read) {
        InvalidParameterException refused = assertThrows(InvalidParameterException.class, read::run);
        assertEquals(parameter, refused.parameter());
        assertEquals(code, refused.code());
    }
}
