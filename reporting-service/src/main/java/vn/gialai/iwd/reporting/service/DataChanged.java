package vn.gialai.iwd.reporting.service;

/**
 * Fired inside a transaction that changes what answers are computed from (applied events, a rebuild,
 * a target edit); observed after it commits, so that this replica's cached answers follow at once.
 */
public record DataChanged() {
}
