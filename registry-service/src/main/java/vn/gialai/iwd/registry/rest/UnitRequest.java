package vn.gialai.iwd.registry.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.gialai.iwd.registry.domain.UnitKind;

import java.time.LocalDate;
import java.util.List;

public record UnitRequest(
        @NotBlank @Size(max = 300) String nameVi,
        @Size(max = 300) String nameEn,
        @NotNull UnitKind kind,
        @Pattern(regexp = UnitRequest.CODE_PATTERN) String parentCode,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        List<@NotNull @Pattern(regexp = UnitRequest.CODE_PATTERN) String> successorCodes) {

    public static final String CODE_PATTERN = "[A-Z0-9-]{2,32}";
}
