package vn.gialai.iwd.registry.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One contribution of an intellectual (stored as JSON inside the record). */
@Schema(description = "One contribution of a record (Đóng góp)")
public record Contribution(
        @Schema(required = true, description = "contributionTypes, e.g. RESEARCH_PROJECT", examples = "RESEARCH_PROJECT")
        String type,
        @Schema(required = true) String title,
        @Schema(required = true, examples = "2023") Integer year,
        @Schema(required = true, description = "contributionLevels: UNIT, PROVINCIAL, NATIONAL or INTERNATIONAL",
                examples = "PROVINCIAL") String level) {
}
