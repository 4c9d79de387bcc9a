package vn.gialai.iwd.plan.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gialai.iwd.plan.service.KeysetPage;

import java.util.List;

/** The list shape of every list endpoint; {@code nextCursor} is null on the last page. */
public record Page<T>(@Schema(required = true) List<T> items,
                      @Schema(required = true, nullable = true, description = "Pass as cursor for the next page; null on the last")
                      String nextCursor) {

    public static <T> Page<T> of(KeysetPage<T> page) {
        return new Page<>(page.items(), page.lastId() == null ? null : Cursors.encode(page.lastId()));
    }

    public static <T> Page<T> whole(List<T> items) {
        return new Page<>(items, null);
    }
}
