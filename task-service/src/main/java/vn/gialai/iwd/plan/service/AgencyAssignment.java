package vn.gialai.iwd.plan.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Lead or coordinating agencies as a plan writes them: its wording ({@code text}, verbatim) and what
 * the wording means, as unit codes and agency-group codes. Both in requests and in responses.
 */
public record AgencyAssignment(
        @Schema(nullable = true, description = "The plan's wording, verbatim") @Size(max = 1000) @Pattern(regexp = StorableText.PATTERN) String text,
        @Size(max = 200) List<@NotNull @Pattern(regexp = CODE_PATTERN) String> units,
        @Size(max = 50) List<@NotNull @Pattern(regexp = CODE_PATTERN) String> groups) {

    public static final String CODE_PATTERN = "[A-Z0-9-]{2,32}";

    public static final AgencyAssignment NONE = new AgencyAssignment(null, List.of(), List.of());

    public List<String> unitsOrEmpty() {
        return units == null ? List.of() : units;
    }

    public List<String> groupsOrEmpty() {
        return groups == null ? List.of() : groups;
    }

    public boolean namesNobody() {
        return unitsOrEmpty().isEmpty() && groupsOrEmpty().isEmpty();
    }
}
