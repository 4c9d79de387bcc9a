package vn.gialai.iwd.registry.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Keyset position (updatedAt, id) in a unit's records; how a client holds it is the REST layer's (rest.Cursors). */
public record RecordCursor(OffsetDateTime updatedAt, long id) {

    public static final RecordCursor START = new RecordCursor(OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), 0);
}
