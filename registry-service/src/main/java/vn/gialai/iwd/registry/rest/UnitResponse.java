package vn.gialai.iwd.registry.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "A reporting unit or agency, valid from validFrom to validTo (inclusive)")
public record UnitResponse(
        @Schema(required = true, examples = "SO-YTE") String code,
        @Schema(required = true, description = "Vietnamese name (Tên đơn vị)", examples = "Sở Y tế") String nameVi,
        @Schema(required = true, nullable = true, description = "English name, if given") String nameEn,
        @Schema(required = true, description = "unitKinds (Loại đơn vị)", examples = "DEPARTMENT",
                enumeration = {"PROVINCE", "DEPARTMENT", "DISTRICT", "COMMUNE", "ORGANIZATION"}) String kind,
        @Schema(required = true, nullable = true, description = "Code of the parent unit; null for the top") String parentCode,
        @Schema(required = true, description = "First day the unit exists") LocalDate validFrom,
        @Schema(required = true, nullable = true, implementation = String.class, format = "date",
                description = "Last day the unit exists; null while it still does")
        LocalDate validTo,
        @Schema(required = true, description = "Units that took over a dissolved unit's duties; empty when none")
        List<String> successorCodes,
        @Schema(required = true, description = "The unit's version, raised by every change") long version) {
}
