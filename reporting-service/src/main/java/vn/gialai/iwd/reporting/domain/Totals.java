package vn.gialai.iwd.reporting.domain;

/** The province's head counts in one scope, from which every indicator is computed. */
public record Totals(long persons, long universityPlus, long civilServants, long civilServantsMeetingStandard,
                     long women, long ethnicMinorities, long young, long retired, long outsideState,
                     long doctorates, long professors, long associateProfessors) {
}
