package vn.gialai.iwd.registry.service;


import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/** Keyset position (updatedAt, id) in a unit's records, opaque to clients. */
public record RecordCursor(OffsetDateTime updatedAt, long id) {

    public static final RecordCursor START = new RecordCursor(OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), 0);

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((updatedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static RecordCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            return new RecordCursor(OffsetDateTime.parse(parts[0]), Long.parseLong(parts[1]));
        } catch (IllegalArgumentException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            throw ProblemException.invalid("The cursor is not valid; start again without it.");
        }
    }
}
