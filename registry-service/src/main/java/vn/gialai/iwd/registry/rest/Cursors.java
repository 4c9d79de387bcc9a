package vn.gialai.iwd.registry.rest;

import vn.gialai.iwd.registry.service.RecordCursor;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * The one encoding of this service's keyset positions: base64url of {@code kind:position}, opaque to
 * clients. The kind names the list a cursor belongs to, so a cursor of one list is refused by another
 * (400, field cursor) instead of being read as a position it never was.
 */
final class Cursors {

    private static final String RECORDS = "records:";
    private static final String PERSONS = "persons:";
    private static final String CASES = "cases:";

    private Cursors() {
    }

    static String ofRecord(OffsetDateTime updatedAt, long id) {
        return encode(RECORDS + updatedAt + "|" + id);
    }

    /** @return the position after which a unit's records continue; null without a cursor */
    static RecordCursor record(String cursor) {
        String position = decode(cursor, RECORDS);
        if (position == null) {
            return null;
        }
        try {
            int bar = position.lastIndexOf('|');
            return new RecordCursor(OffsetDateTime.parse(position.substring(0, bar)), Long.parseLong(position.substring(bar + 1)));
        } catch (DateTimeParseException | NumberFormatException | IndexOutOfBoundsException e) {
            throw invalid();
        }
    }

    static String ofPerson(UUID id) {
        return encode(PERSONS + id);
    }

    /** @return the person after whom the search continues; null without a cursor */
    static UUID person(String cursor) {
        String position = decode(cursor, PERSONS);
        try {
            return position == null ? null : UUID.fromString(position);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    static String ofCase(long id) {
        return encode(CASES + id);
    }

    /** @return the review case after which the list continues; 0 (before every case) without a cursor */
    static long reviewCase(String cursor) {
        String position = decode(cursor, CASES);
        try {
            return position == null ? 0 : Long.parseLong(position);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor, String kind) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            if (text.startsWith(kind)) {
                return text.substring(kind.length());
            }
        } catch (IllegalArgumentException e) {
            // not base64: refused below like a cursor of another list
        }
        throw invalid();
    }

    private static InvalidParameterException invalid() {
        return new InvalidParameterException("cursor", "INVALID_FORMAT", "The cursor is not valid; start again without it.");
    }
}
