package vn.gialai.iwd.registry.rest;

import jakarta.validation.constraints.NotNull;
import vn.gialai.iwd.registry.service.RecordInput;

import java.util.List;

/** Body of a batch: {@code {"records": [...]}}, each record with its externalId. */
public record BatchRequest(@NotNull List<RecordInput> records) {
}
