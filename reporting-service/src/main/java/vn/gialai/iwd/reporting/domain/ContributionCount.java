package vn.gialai.iwd.reporting.domain;

/** A person's distinct contributions of one type, level and year, as registry counts them (never titles). */
public record ContributionCount(String type, String level, int year, int count) {
}
