package vn.gialai.iwd.registry.rest;

import org.junit.jupiter.api.Test;
import vn.gialai.iwd.registry.service.RecordCursor;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CursorsTest {

    @Test
    void eachListReadsBackThePositionItHandedOut() {
        OffsetDateTime at = OffsetDateTime.parse("2026-12-03T07:15:30.123456+07:00");
        assertEquals(new RecordCursor(at, 42), Cursors.record(Cursors.ofRecord(at, 42)));
        UUID person = UUID.randomUUID();
        assertEquals(person, Cursors.person(Cursors.ofPerson(person)));
        assertEquals(Long.MAX_VALUE, Cursors.reviewCase(Cursors.ofCase(Long.MAX_VALUE)));
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertNull(Cursors.record(null));
        assertNull(Cursors.person(" "));
        assertEquals(0, Cursors.reviewCase(""));
    }

    @Test
    void aCursorIsOpaqueAndUrlSafe() {
        String cursor = Cursors.ofRecord(OffsetDateTime.parse("2026-01-01T00:00:00Z"), 7);
        assertEquals(cursor, cursor.replaceAll("[^A-Za-z0-9_-]", ""), "no character that needs escaping in a query");
    }

    @Test
    void aCursorOfAnotherListOrMadeUpIsRefusedNamingTheCursor() {
        String caseCursor = Cursors.ofCase(5);
        String personCursor = Cursors.ofPerson(UUID.randomUUID());
        assertRefused(() -> Cursors.record(caseCursor));
        assertRefused(() -> Cursors.reviewCase(personCursor));
        assertRefused(() -> Cursors.person(caseCursor));
        assertRefused(() -> Cursors.reviewCase("5"));
        assertRefused(() -> Cursors.person(UUID.randomUUID().toString()));
        assertRefused(() -> Cursors.record("%%%"));
        assertRefused(() -> Cursors.record(base64("records:2026-02-30T00:00:00Z|1")));
        assertRefused(() -> Cursors.record(base64("records:2026-01-01T00:00:00Z")));
        assertRefused(() -> Cursors.reviewCase(base64("cases:9223372036854775808")));
        assertRefused(() -> Cursors.person(base64("persons:not-a-uuid")));
    }

    private static void assertRefused(Runnable read) {
        InvalidParameterException refused = assertThrows(InvalidParameterException.class, read::run);
        assertEquals("cursor", refused.parameter());
        assertEquals("INVALID_FORMAT", refused.code());
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
