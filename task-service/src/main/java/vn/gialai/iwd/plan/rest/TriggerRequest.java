package vn.gialai.iwd.plan.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.gialai.iwd.plan.service.StorableText;

import java.time.LocalDate;

/** POST /tasks/{code}/trigger: when the awaited act was issued and which act it is ("Nghị định 179/2024/NĐ-CP"). */
public record TriggerRequest(@NotNull LocalDate occurredOn, @NotBlank @Size(max = 500) @Pattern(regexp = StorableText.PATTERN) String reference) {
}
