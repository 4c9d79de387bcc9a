package vn.gialai.iwd.reporting.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** Tolerant reader of task-service's {@code vn.gialai.iwd.plan.task.changed}: the whole task after each change. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskChanged(String code, String group, String title, List<String> leadAgencies, String status,
                          long version) {

    public static final String TYPE = "vn.gialai.iwd.plan.task.changed";
}
