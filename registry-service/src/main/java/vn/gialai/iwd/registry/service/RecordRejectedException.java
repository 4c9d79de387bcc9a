package vn.gialai.iwd.registry.service;

import java.util.List;

/** A single record failed validation: 422 with one error per field. */
public class RecordRejectedException extends RuntimeException {

    private final transient List<Finding> errors;

    public RecordRejectedException(List<Finding> errors) {
        super("record rejected");
        this.errors = errors;
    }

    public List<Finding> errors() {
        return errors;
    }
}
