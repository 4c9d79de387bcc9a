package vn.gialai.iwd.plan.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import vn.gialai.iwd.plan.domain.ScheduleKind;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A task's schedule with what follows from it: {@code dueDate} of a one-off task (for AFTER_TRIGGER
 * once the trigger is recorded), {@code reportDue} (day of the following year a year's report is due)
 * of a yearly one. Fields that do not apply to the kind are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduleView(@Schema(required = true) ScheduleKind kind,
                           @Schema(description = "The plan's wording of the schedule") String text,
                           LocalDate dueDate, Integer startYear,
                           @Schema(implementation = String.class, pattern = "^--[0-9]{2}-[0-9]{2}$", examples = "--01-31",
                                   description = "Day of the following year a year's report is due (ISO-8601 --MM-DD)")
                           MonthDay reportDue,
                           Integer daysAfterTrigger, LocalDate triggeredOn, String triggerReference) {
}
