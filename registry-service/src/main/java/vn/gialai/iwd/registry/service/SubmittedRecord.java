package vn.gialai.iwd.registry.service;

import java.util.List;

/**
 * One record as read from a request, before the registry's rules: the values that could be read and
 * an error for each one that could not (wrong JSON type, a date that does not exist, an unknown field).
 * {@code input} is null when the record is not even a JSON object.
 */
public record SubmittedRecord(RecordInput input, List<Finding> readErrors) {

    public String externalId() {
        return input == null ? null : input.externalId();
    }
}
