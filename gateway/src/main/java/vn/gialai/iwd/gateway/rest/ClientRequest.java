package vn.gialai.iwd.gateway.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

public record ClientRequest(
        @NotBlank @Size(max = 200) String name,
        @NotEmpty List<@NotNull @Pattern(regexp = "submitter|portal|analyst|registry-admin|plan-admin|admin") String> roles,
        List<@NotNull @Pattern(regexp = "[A-Z0-9-]{2,32}") String> units,
        @Min(1) @Max(10_000) Integer rateLimitPerSecond) {

    static final int DEFAULT_RATE_LIMIT = 50;
}
