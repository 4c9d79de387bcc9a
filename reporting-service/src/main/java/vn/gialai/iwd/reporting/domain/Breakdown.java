package vn.gialai.iwd.reporting.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * GET /breakdown. Rows count persons, or records when grouped by unit; {@code distinctTotal} is always
 * the distinct persons behind the rows. In public breakdowns a suppressed row has null counts, and a row
 * whose count is shown but whose universityPlus is withheld says so in {@code universityPlusSuppressed}.
 */
public record Breakdown(@Schema(required = true) List<String> by, @Schema(required = true) LocalDate asOf, @Schema(required = true, nullable = true) String knownAt,
                        @Schema(required = true, nullable = true, description = "Distinct persons behind the rows; null when withheld") Long distinctTotal,
                        @Schema(required = true) List<Row> rows) {

    public record Row(@Schema(required = true, description = "The values of the row joined by |, e.g. SO-YTE|HEALTH") String key,
                      @Schema(required = true, description = "The value of each dimension") Map<String, String> keys,
                      @Schema(required = true, nullable = true, description = "Vietnamese label of the value(s)") String label,
                      @Schema(required = true, nullable = true, description = "Null when suppressed") Long count,
                      @Schema(required = true, nullable = true, description = "Null when suppressed") Long universityPlus,
                      @Schema(required = true, nullable = true, description = "Null when suppressed or count is 0") BigDecimal universityPlusShare,
                      @Schema(required = true, description = "True when the count is withheld (public answers)") boolean suppressed,
                      @Schema(description = "Public answers only: true when universityPlus (and its share) is withheld")
                      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean universityPlusSuppressed) {
    }
}
