package vn.gialai.iwd.plan.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Everything plan-admin sets on a task (POST /tasks body; a PATCH is merged into one and checked again). */
public record TaskDefinition(
        @NotNull @Pattern(regexp = TASK_CODE_PATTERN) String code,
        @NotBlank @Size(max = 64) @Pattern(regexp = StorableText.PATTERN) String plan,
        @NotNull @Pattern(regexp = "[A-Z0-9]{1,16}") String group,
        @Size(max = 500) @Pattern(regexp = StorableText.PATTERN) String groupTitle,
        @NotBlank @Size(max = 2000) @Pattern(regexp = StorableText.PATTERN) String title,
        @NotNull @Valid AgencyAssignment lead,
        @Valid AgencyAssignment coordinating,
        @NotNull @Valid ScheduleInput schedule,
        @Size(max = 200) @Pattern(regexp = StorableText.PATTERN) String submissionLevel) {

    /** "III.2", or a later plan's own codes ("KH2026-I.1"). */
    public static final String TASK_CODE_PATTERN = "[A-Z0-9][A-Z0-9.-]{0,31}";
}
