package vn.gialai.iwd.plan.service;

/** One invalid field of a request: the field's JSON path, a stable code and an English message. */
public record FieldIssue(String field, String code, String message) {
}
