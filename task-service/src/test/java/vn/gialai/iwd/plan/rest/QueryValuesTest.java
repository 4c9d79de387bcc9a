package vn.gialai.iwd.plan.rest;

import org.junit.jupiter.api.Test;
import vn.gialai.iwd.plan.service.FieldIssue;
import vn.gialai.iwd.plan.service.InvalidFieldsException;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Query values and cursors: a bad value is a 400 naming its parameter, never a 404 or a silent default. */
class QueryValuesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

    private static String fieldAndCode(Runnable reading) {
        List<FieldIssue> issues = assertThrows(InvalidFieldsException.class, reading::run).issues();
        return issues.get(0).field() + ":" + issues.get(0).code();
    }

    @Test
    void datesDefaultToTodayAndStayWithinThePlansYears() {
        assertEquals(TODAY, QueryValues.date("asOf", null, TODAY));
        assertEquals(TODAY, QueryValues.date("asOf", " ", TODAY));
        assertEquals(LocalDate.of(2100, 12, 31), QueryValues.date("asOf", "2100-12-31", TODAY));
        assertEquals("asOf:INVALID_FORMAT", fieldAndCode(() -> QueryValues.date("asOf", "01/03/2025", TODAY)));
        assertEquals("asOf:OUT_OF_RANGE", fieldAndCode(() -> QueryValues.date("asOf", "1999-12-31", TODAY)));
    }

    @Test
    void aYearIsRequiredAndBounded() {
        assertEquals(2025, QueryValues.year("year", "2025"));
        assertEquals("year:REQUIRED", fieldAndCode(() -> QueryValues.year("year", null)));
        assertEquals("year:OUT_OF_RANGE", fieldAndCode(() -> QueryValues.year("year", "2101")));
        assertEquals("year:OUT_OF_RANGE", fieldAndCode(() -> QueryValues.year("year", "twenty")));
    }

    @Test
    void aLimitIsOneToAThousandWithADefault() {
        assertEquals(QueryValues.DEFAULT_LIMIT, QueryValues.limit(null));
        assertEquals(1000, QueryValues.limit(" 1000 "));
        assertEquals("limit:OUT_OF_RANGE", fieldAndCode(() -> QueryValues.limit("0")));
        assertEquals("limit:OUT_OF_RANGE", fieldAndCode(() -> QueryValues.limit("1001")));
        assertEquals("limit:INVALID_FORMAT", fieldAndCode(() -> QueryValues.limit("ten")));
    }

    @Test
    void aCursorReadsBackItsPositionAndAForgedOneIsRefused() {
        assertEquals(0, Cursors.decode(null));
        assertEquals(42, Cursors.decode(Cursors.encode(42)));
        assertEquals("cursor:INVALID_FORMAT", fieldAndCode(() -> Cursors.decode("not base64!")));
        assertEquals("cursor:INVALID_FORMAT", fieldAndCode(() -> Cursors.decode(
                java.util.Base64.getUrlEncoder().encodeToString("page:3".getBytes()))));
    }
}
