package vn.gialai.iwd.plan.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;

/** An agency group: its rule (kinds and listed units) and the units it expands to today. */
public record AgencyGroupView(@Schema(required = true) String code, @Schema(required = true) String nameVi,
                              @Schema(required = true, description = "Unit kinds that belong to the group") List<String> memberKinds,
                              @Schema(required = true, description = "Units listed by name") List<String> memberCodes,
                              @Schema(required = true, description = "The unit codes the group means today") List<String> members) {
}
