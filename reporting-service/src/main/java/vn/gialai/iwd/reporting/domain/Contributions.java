package vn.gialai.iwd.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * GET /contributions: contributions of the years {@code from}–{@code to} by type (and level, year, sector or
 * unit), with the distinct persons who made them. In public answers a withheld row has null values.
 */
@Schema(description = "Contributions (Kết quả đóng góp) by type and one more grouping, with distinct contributors")
public record Contributions(
        @Schema(required = true, description = "type, then level, year, sector or unit if asked") List<String> by,
        @Schema(required = true, description = "First year counted") int from,
        @Schema(required = true, description = "Last year counted") int to,
        @Schema(required = true, description = "The day the figures are for (today)") LocalDate asOf,
        @Schema(required = true, description = "All contributions of the years") Figure total,
        @Schema(required = true) List<Row> rows) {

    @Schema(description = "Contributions and contributors of a group; null values are withheld (public answers)")
    public record Figure(
            @Schema(required = true, nullable = true, description = "Contributions (a contribution reported by two "
                    + "units for the same person counts once); null when withheld") Long contributions,
            @Schema(required = true, nullable = true, description = "Distinct persons with at least one of them; "
                    + "null when withheld") Long contributors,
            @Schema(required = true, description = "True when withheld (public answers)") boolean suppressed) {
    }

    public record Row(
            @Schema(required = true, description = "The values of the row joined by |, e.g. PATENT|NATIONAL") String key,
            @Schema(required = true, description = "The value of each grouping, e.g. {\"type\": \"PATENT\", \"level\": \"NATIONAL\"}")
            Map<String, String> keys,
            @Schema(required = true, description = "Vietnamese label of the value(s)") String label,
            @Schema(required = true, nullable = true, description = "Null when withheld") Long contributions,
            @Schema(required = true, nullable = true, description = "Null when withheld") Long contributors,
            @Schema(required = true, description = "True when withheld (public answers)") boolean suppressed) {
    }
}
