package vn.gialai.iwd.plan.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.gialai.iwd.plan.domain.PlanYears;
import vn.gialai.iwd.plan.domain.ScheduleKind;

import java.time.LocalDate;

/**
 * A task's schedule as plan-admin sets it. Which fields a kind needs: DEADLINE dueDate; ONGOING and
 * ANNUAL_FROM startYear; AFTER_TRIGGER optionally daysAfterTrigger (else the configured default).
 */
public record ScheduleInput(
        @NotNull ScheduleKind kind,
        @Size(max = 300) String text,
        LocalDate dueDate,
        @Min(PlanYears.FIRST) @Max(PlanYears.LAST) Integer startYear,
        @Min(1) @Max(3650) Integer daysAfterTrigger) {
}
