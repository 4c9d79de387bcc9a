package vn.gialai.iwd.reporting.rest;

import org.junit.jupiter.api.Test;
import vn.gialai.iwd.reporting.domain.Dimension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QueryParamsTest {

    @Test
    void oneOrTwoDistinctDimensionsAreTakenInTheOrderWritten() {
        assertEquals(List.of(Dimension.SECTOR), QueryParams.by("sector"));
        assertEquals(List.of(Dimension.UNIT, Dimension.SECTOR), QueryParams.by("unit, sector"));
    }

    @Test
    void anEmptyUnknownRepeatedOrThirdDimensionIsRefusedNamingBy() {
        for (String by : List.of(",", "sector,", ",sector", "sector,,unit", " ", "planet", "sector,sector",
                "sector,unit,qualification")) {
            InvalidParameterException refused = assertThrows(InvalidParameterException.class, () -> QueryParams.by(by), by);
            assertEquals("by", refused.parameter(), by);
        }
    }
}
