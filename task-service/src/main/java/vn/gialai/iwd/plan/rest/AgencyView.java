package vn.gialai.iwd.plan.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** An agency (a registry unit) with the plan's agency groups it belongs to. */
public record AgencyView(@Schema(required = true) String code, @Schema(required = true) String nameVi, @Schema(required = true, nullable = true) String nameEn, @Schema(required = true) String kind, @Schema(required = true, nullable = true) String parentCode,
                         @Schema(required = true) LocalDate validFrom, @Schema(required = true, nullable = true) LocalDate validTo, @Schema(required = true) List<String> successorCodes,
                         @Schema(required = true, description = "Codes of the plan's agency groups it belongs to")
                         List<String> groups,
                         @Schema(required = true) long version) {
}
