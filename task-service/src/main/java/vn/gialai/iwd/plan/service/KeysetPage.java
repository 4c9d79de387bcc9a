package vn.gialai.iwd.plan.service;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToLongFunction;

/**
 * One page of a list ordered by id, and the one way such a page is read: {@code limit + 1} rows are
 * fetched and the extra row only says that a next page exists, so a full last page hands out no
 * cursor to an empty page. {@code lastId} is where the next page starts, null on the last page.
 */
public record KeysetPage<T>(List<T> items, Long lastId) {

    /**
     * @param fetch   the rows after the cursor, in id order, at most as many as asked for
     * @param idOf    a row's id, the position of the next page
     * @param toItems the rows shown, as the page's items
     */
    public static <R, T> KeysetPage<T> read(int limit, IntFunction<List<R>> fetch, ToLongFunction<R> idOf,
                                            Function<List<R>, List<T>> toItems) {
        List<R> fetched = fetch.apply(limit + 1);
        boolean more = fetched.size() > limit;
        List<R> shown = more ? fetched.subList(0, limit) : fetched;
        return new KeysetPage<>(toItems.apply(shown), more ? idOf.applyAsLong(shown.get(shown.size() - 1)) : null);
    }
}
