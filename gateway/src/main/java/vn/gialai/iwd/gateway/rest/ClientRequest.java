package vn.gialai.iwd.gateway.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gialai.iwd.gateway.domain.Roles;

import java.util.List;

/** Patterns are anchored so that the published JSON Schema means what Bean Validation's full match means. */
@Schema(description = "A machine client to create")
public record ClientRequest(
        @Schema(description = "Who the client is, e.g. HR system of Sở Y tế", examples = "HR system of Sở Y tế")
        @NotBlank @Size(max = 200) @Pattern(regexp = STORABLE_TEXT, message = "must hold no NUL and no unpaired surrogate")
        String name,
        @Schema(description = "Roles: submitter (writes records of its units), portal (public views), analyst, "
                + "registry-admin, plan-admin, admin, reconciliation (registry's checksum only)")
        @NotEmpty List<@NotNull @Pattern(regexp = Roles.PATTERN) String> roles,
        @Schema(description = "Codes of the units a submitter may write records for")
        List<@NotNull @Pattern(regexp = "^[A-Z0-9-]{2,32}$") String> units,
        @Schema(description = "Requests per second the client may make; 50 when absent")
        @Min(1) @Max(1_000_000) Integer rateLimitPerSecond) {

    static final int DEFAULT_RATE_LIMIT = 50;
    /** Text PostgreSQL stores as sent: no U+0000, no half of a surrogate pair (characters beyond U+FFFF are fine). */
    static final String STORABLE_TEXT = "^[^\\u0000\\uD800-\\uDFFF]*$";
}
