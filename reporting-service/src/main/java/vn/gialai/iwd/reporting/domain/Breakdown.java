package vn.gialai.iwd.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * GET /breakdown. Rows count persons, or records when grouped by unit; {@code distinctTotal} is always
 * the distinct persons behind the rows. In public breakdowns a suppressed row has null counts.
 */
public record Breakdown(List<String> by, LocalDate asOf, String knownAt, Long distinctTotal, List<Row> rows) {

    public record Row(String key, Map<String, String> keys, String label, Long count, Long universityPlus,
                      BigDecimal universityPlusShare, boolean suppressed) {
    }
}
