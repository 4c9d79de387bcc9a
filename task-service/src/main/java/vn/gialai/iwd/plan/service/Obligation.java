package vn.gialai.iwd.plan.service;

import vn.gialai.iwd.plan.domain.ObligationState;

import java.time.LocalDate;

/**
 * A report an agency owes on a task: for one year ({@code period} "2025") of an ONGOING or
 * ANNUAL_FROM task, or the one DONE report of a DEADLINE or AFTER_TRIGGER task ({@code period} null).
 */
public record Obligation(String agency, String period, LocalDate dueDate, ObligationState state,
                         LocalDate submittedOn) {
}
