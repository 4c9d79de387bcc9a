package vn.gialai.iwd.plan.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.gialai.iwd.plan.domain.ReportStatus;

import java.util.List;

/**
 * POST /tasks/{code}/reports. {@code agency} may be left out when the caller acts for exactly one
 * of the task's agencies.
 */
public record ReportInput(
        @NotNull @Pattern(regexp = "[0-9]{4}") String period,
        @NotNull ReportStatus status,
        @NotBlank @Size(max = 4000) @Pattern(regexp = StorableText.PATTERN) String summary,
        @Size(max = 20) List<@NotNull @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String> evidence,
        @Pattern(regexp = AgencyAssignment.CODE_PATTERN) String agency) {
}
