package vn.gialai.iwd.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import vn.gialai.iwd.plan.domain.PlanYears;
import vn.gialai.iwd.plan.domain.ScheduleKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks a whole task definition: field shapes (annotations), the schedule's kind rules, known agencies. */
@ApplicationScoped
public class TaskValidator {

    private final Validator validator;

    TaskValidator(Validator validator) {
        this.validator = validator;
    }

    public void check(TaskDefinition definition, AgencyDirectory directory) {
        Set<ConstraintViolation<TaskDefinition>> violations = validator.validate(definition);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        List<FieldIssue> issues = new ArrayList<>();
        checkSchedule(definition.schedule(), issues);
        if (definition.lead().namesNobody()) {
            issues.add(new FieldIssue("lead", "REQUIRED", "Name at least one lead unit or group."));
        }
        checkAgencies("lead", definition.lead(), directory, issues);
        if (definition.coordinating() != null) {
            checkAgencies("coordinating", definition.coordinating(), directory, issues);
        }
        if (!issues.isEmpty()) {
            throw new InvalidFieldsException(issues);
        }
    }

    private static void checkSchedule(ScheduleInput schedule, List<FieldIssue> issues) {
        ScheduleKind kind = schedule.kind();
        checkKindField(kind, "schedule.dueDate", schedule.dueDate() != null, kind == ScheduleKind.DEADLINE, issues);
        if (schedule.dueDate() != null && (schedule.dueDate().getYear() < PlanYears.FIRST
                || schedule.dueDate().getYear() > PlanYears.LAST)) {
            // A well-formed date such as +999999999-12-31 was a 500 from PostgreSQL (issue 15).
            issues.add(new FieldIssue("schedule.dueDate", "OUT_OF_RANGE",
                    "Give a date between " + PlanYears.FIRST + " and " + PlanYears.LAST + "."));
        }
        checkKindField(kind, "schedule.startYear", schedule.startYear() != null, !kind.isOneOff(), issues);
        if (kind != ScheduleKind.AFTER_TRIGGER && schedule.daysAfterTrigger() != null) {
            issues.add(notAllowed("schedule.daysAfterTrigger", kind));
        }
    }

    /** A field the kind uses is required; one it does not use is refused, so a schedule never says two things. */
    private static void checkKindField(ScheduleKind kind, String field, boolean present, boolean used,
                                       List<FieldIssue> issues) {
        if (used && !present) {
            issues.add(new FieldIssue(field, "REQUIRED", "A " + kind + " schedule needs this field."));
        } else if (!used && present) {
            issues.add(notAllowed(field, kind));
        }
    }

    private static FieldIssue notAllowed(String field, ScheduleKind kind) {
        return new FieldIssue(field, "NOT_ALLOWED", "A " + kind + " schedule does not use this field.");
    }

    private static void checkAgencies(String field, AgencyAssignment assignment, AgencyDirectory directory,
                                      List<FieldIssue> issues) {
        List<String> units = assignment.unitsOrEmpty();
        for (int i = 0; i < units.size(); i++) {
            if (directory.agency(units.get(i)).isEmpty()) {
                issues.add(new FieldIssue(field + ".units[" + i + "]", "UNKNOWN_AGENCY", "No agency with this code."));
            }
        }
        List<String> groups = assignment.groupsOrEmpty();
        for (int i = 0; i < groups.size(); i++) {
            if (!directory.hasGroup(groups.get(i))) {
                issues.add(new FieldIssue(field + ".groups[" + i + "]", "UNKNOWN_GROUP", "No agency group with this code."));
            }
        }
    }
}
