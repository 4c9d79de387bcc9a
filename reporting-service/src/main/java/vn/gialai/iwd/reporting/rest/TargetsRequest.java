package vn.gialai.iwd.reporting.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** PUT /targets: the targets to set; others stay as they are. */
public record TargetsRequest(@NotNull @Size(min = 1, max = 100) List<@Valid @NotNull Item> items) {

    /** Text PostgreSQL stores as sent: no U+0000, no half of a surrogate pair (characters beyond U+FFFF are fine). */
    static final String STORABLE_TEXT = "^[^\\u0000\\uD800-\\uDFFF]*$";

    public record Item(@Schema(examples = "COLLEGE_PLUS_COUNT") @NotBlank @Pattern(regexp = STORABLE_TEXT) String indicator,
                       @Schema(examples = "2030") @NotNull @Min(2024) @Max(2100) Integer year,
                       @Schema(description = "A count (136000) or a share between 0 and 1 (0.77)", examples = "136000")
                       @NotNull BigDecimal value,
                       @Schema(description = "Where the target comes from", examples = "Nghị quyết 45-NQ/TW")
                       @NotBlank @Size(max = 500) @Pattern(regexp = STORABLE_TEXT) String source) {
    }
}
