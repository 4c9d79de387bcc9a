package vn.gialai.iwd.plan.service;

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
public record ScheduleView(ScheduleKind kind, String text, LocalDate dueDate, Integer startYear,
                           MonthDay reportDue, Integer daysAfterTrigger, LocalDate triggeredOn,
                           String triggerReference) {
}
