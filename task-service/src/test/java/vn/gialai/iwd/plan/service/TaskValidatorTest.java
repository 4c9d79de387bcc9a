package vn.gialai.iwd.plan.service;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gialai.iwd.plan.domain.ScheduleKind;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.gialai.iwd.plan.service.PlanFixtures.agency;
import static vn.gialai.iwd.plan.service.PlanFixtures.group;

/** The whole-task checks plan-admin's changes pass, without Quarkus (Hibernate Validator bootstrapped directly). */
class TaskValidatorTest {

    private static jakarta.validation.ValidatorFactory factory;
    private static TaskValidator validator;

    private final AgencyDirectory directory = new AgencyDirectory(
            List.of(agency("SO-YTE", "DEPARTMENT", LocalDate.of(2000, 1, 1), null)),
            List.of(group("SO-BAN-NGANH", List.of("DEPARTMENT"), List.of())));

    @BeforeAll
    static void bootstrap() {
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        Validator beanValidator = factory.getValidator();
        validator = new TaskValidator(beanValidator);
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static TaskDefinition definition(AgencyAssignment lead, AgencyAssignment coordinating, ScheduleInput schedule) {
        return new TaskDefinition("I.1", "KH-TEST", "I", null, "Nhiệm vụ thử", lead, coordinating, schedule, null);
    }

    private static AgencyAssignment units(String... codes) {
        return new AgencyAssignment(null, List.of(codes), List.of());
    }

    private static List<FieldIssue> issuesOf(TaskDefinition definition, AgencyDirectory directory) {
        return assertThrows(InvalidFieldsException.class, () -> validator.check(definition, directory)).issues();
    }

    @Test
    void aCompleteTaskPasses() {
        assertDoesNotThrow(() -> validator.check(definition(units("SO-YTE"),
                new AgencyAssignment("Các sở", List.of(), List.of("SO-BAN-NGANH")),
                new ScheduleInput(ScheduleKind.ANNUAL_FROM, null, null, 2025, null)), directory));
    }

    @Test
    void eachKindRequiresItsFieldsAndRefusesTheOthers() {
        List<FieldIssue> deadline = issuesOf(definition(units("SO-YTE"), null,
                new ScheduleInput(ScheduleKind.DEADLINE, null, null, 2025, 30)), directory);
        assertEquals(List.of(
                        new FieldIssue("schedule.dueDate", "REQUIRED", "A DEADLINE schedule needs this field."),
                        new FieldIssue("schedule.startYear", "NOT_ALLOWED", "A DEADLINE schedule does not use this field."),
                        new FieldIssue("schedule.daysAfterTrigger", "NOT_ALLOWED", "A DEADLINE schedule does not use this field.")),
                deadline);

        List<FieldIssue> yearly = issuesOf(definition(units("SO-YTE"), null,
                new ScheduleInput(ScheduleKind.ONGOING, null, LocalDate.of(2025, 1, 1), null, null)), directory);
        assertEquals(List.of("schedule.dueDate:NOT_ALLOWED", "schedule.startYear:REQUIRED"),
                yearly.stream().map(issue -> issue.field() + ":" + issue.code()).toList());

        assertDoesNotThrow(() -> validator.check(definition(units("SO-YTE"), null,
                new ScheduleInput(ScheduleKind.AFTER_TRIGGER, null, null, null, 30)), directory));
    }

    @Test
    void unknownAgenciesAndGroupsAreNamedByTheirPositionAndALeadIsRequired() {
        List<FieldIssue> issues = issuesOf(definition(new AgencyAssignment(null, List.of(), List.of()),
                new AgencyAssignment(null, List.of("SO-YTE", "SO-MA"), List.of("NHOM-MA")),
                new ScheduleInput(ScheduleKind.DEADLINE, null, LocalDate.of(2025, 12, 31), null, null)), directory);
        assertEquals(List.of("lead:REQUIRED", "coordinating.units[1]:UNKNOWN_AGENCY", "coordinating.groups[0]:UNKNOWN_GROUP"),
                issues.stream().map(issue -> issue.field() + ":" + issue.code()).toList());
    }

    @Test
    void fieldShapesAreCheckedByTheirAnnotationsFirst() {
        ConstraintViolationException refused = assertThrows(ConstraintViolationException.class,
                () -> validator.check(new TaskDefinition("bad code", "KH-TEST", "I", null, "Nhiệm vụ", units("SO-YTE"), null,
                        new ScheduleInput(ScheduleKind.ANNUAL_FROM, null, null, 1999, null), null), directory));
        assertEquals(List.of("code", "schedule.startYear"), refused.getConstraintViolations().stream()
                .map(violation -> violation.getPropertyPath().toString()).sorted().toList());
    }
}
