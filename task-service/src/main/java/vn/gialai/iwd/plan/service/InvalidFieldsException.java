package vn.gialai.iwd.plan.service;

import java.util.List;

/** A request that is well-formed JSON but breaks a rule the annotations cannot express → 400 with field errors. */
public class InvalidFieldsException extends RuntimeException {

    private final List<FieldIssue> issues;

    public InvalidFieldsException(List<FieldIssue> issues) {
        super("The request has invalid fields.");
        this.issues = List.copyOf(issues);
    }

    public InvalidFieldsException(String field, String code, String message) {
        this(List.of(new FieldIssue(field, code, message)));
    }

    public List<FieldIssue> issues() {
        return issues;
    }
}
