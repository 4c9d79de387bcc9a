package vn.gialai.iwd.registry.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gialai.iwd.registry.domain.UnitKind;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "A unit's definition; its code comes from the path. Unknown fields are refused (400).",
        additionalProperties = Schema.False.class)
public record UnitRequest(
        @Schema(description = "Vietnamese name (Tên đơn vị)", examples = "Sở Y tế") @NotBlank @Size(max = 300) @Pattern(regexp = UnitRequest.TEXT_PATTERN) String nameVi,
        @Schema(description = "English name") @Size(max = 300) @Pattern(regexp = UnitRequest.TEXT_PATTERN) String nameEn,
        @NotNull UnitKind kind,
        @Schema(description = "Code of an existing parent unit", pattern = "^[A-Z0-9-]{2,32}$") @Pattern(regexp = UnitRequest.CODE_PATTERN) String parentCode,
        @Schema(description = "First day the unit exists") @NotNull LocalDate validFrom,
        @Schema(description = "Last day the unit exists; absent while it still does; not before validFrom") LocalDate validTo,
        @Schema(description = "Codes of existing units that take over the unit's duties once it is dissolved")
        List<@NotNull @Pattern(regexp = UnitRequest.CODE_PATTERN) String> successorCodes) {

    public static final String CODE_PATTERN = "[A-Z0-9-]{2,32}";
    /** Text PostgreSQL stores as sent: no U+0000 and no unpaired surrogate (they were a 500, issue 15). */
    public static final String TEXT_PATTERN = "[^\\x{0}\\x{D800}-\\x{DFFF}]*";
}
