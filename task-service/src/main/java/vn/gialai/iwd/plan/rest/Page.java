package vn.gialai.iwd.plan.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;

/** The list shape of every list endpoint; {@code nextCursor} is null on the last page. */
public record Page<T>(@Schema(required = true) List<T> items,
                      @Schema(required = true, nullable = true, description = "Pass as cursor for the next page; null on the last")
                      String nextCursor) {

    public static <T> Page<T> of(List<T> items, Long lastId) {
        return new Page<>(items, lastId == null ? null : Cursors.encode(lastId));
    }

    public static <T> Page<T> whole(List<T> items) {
        return new Page<>(items, null);
    }
}
