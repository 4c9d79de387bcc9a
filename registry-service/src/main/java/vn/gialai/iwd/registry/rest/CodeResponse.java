package vn.gialai.iwd.registry.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One entry of a code list")
public record CodeResponse(
        @Schema(required = true, description = "The code records use; stable, never renamed or reused",
                examples = "BACHELOR") String code,
        @Schema(required = true, description = "Vietnamese label", examples = "Đại học") String labelVi,
        @Schema(required = true, description = "English label", examples = "Bachelor's degree") String labelEn) {
}
