package vn.gialai.iwd.registry.domain;

/** One contribution of an intellectual (stored as JSON inside the record). */
public record Contribution(String type, String title, Integer year, String level) {
}
