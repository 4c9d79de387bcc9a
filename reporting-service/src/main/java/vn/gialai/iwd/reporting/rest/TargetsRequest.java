package vn.gialai.iwd.reporting.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** PUT /targets: the targets to set; others stay as they are. */
public record TargetsRequest(@NotNull @Size(min = 1, max = 100) List<@Valid @NotNull Item> items) {

    public record Item(@NotBlank String indicator, @NotNull @Min(2024) @Max(2100) Integer year,
                       @NotNull BigDecimal value, @NotBlank @Size(max = 500) String source) {
    }
}
