package vn.gialai.iwd.plan.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gialai.iwd.plan.domain.ObligationState;

import java.time.LocalDate;

/**
 * A report an agency owes on a task: for one year ({@code period} "2025") of an ONGOING or
 * ANNUAL_FROM task, or the one DONE report of a DEADLINE or AFTER_TRIGGER task ({@code period} null).
 */
public record Obligation(@Schema(required = true) String agency, @Schema(required = true, nullable = true) String period, @Schema(required = true) LocalDate dueDate, @Schema(required = true) ObligationState state,
                         @Schema(required = true, nullable = true) LocalDate submittedOn) {
}
