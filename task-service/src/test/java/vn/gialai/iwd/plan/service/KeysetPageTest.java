package vn.gialai.iwd.plan.service;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class KeysetPageTest {

    private final List<Integer> asked = new ArrayList<>();

    /** Ids 1..{@code stored}, at most as many as asked for, like a repository's page query. */
    private KeysetPage<String> read(long stored, int limit) {
        return KeysetPage.read(limit, rows -> {
            asked.add(rows);
            return LongStream.rangeClosed(1, stored).limit(rows).boxed().toList();
        }, id -> id, shown -> shown.stream().map(id -> "item " + id).toList());
    }

    @Test
    void fetchesOneRowMoreThanShownAndPointsTheCursorAtTheLastShown() {
        KeysetPage<String> page = read(10, 3);
        assertEquals(List.of(4), asked);
        assertEquals(List.of("item 1", "item 2", "item 3"), page.items());
        assertEquals(3L, page.lastId());
    }

    @Test
    void aFullLastPageHasNoCursor() {
        KeysetPage<String> page = read(3, 3);
        assertEquals(3, page.items().size());
        assertNull(page.lastId(), "no cursor to an empty page");
    }

    @Test
    void aShortOrEmptyPageIsTheLast() {
        assertNull(read(2, 3).lastId());
        KeysetPage<String> empty = read(0, 3);
        assertEquals(List.of(), empty.items());
        assertNull(empty.lastId());
    }
}
