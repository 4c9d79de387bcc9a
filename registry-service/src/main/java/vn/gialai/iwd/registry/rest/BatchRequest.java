package vn.gialai.iwd.registry.rest;

import jakarta.validation.constraints.NotNull;
import vn.gialai.iwd.registry.service.RecordInput;

import java.util.List;

/**
 * Body of a batch: {@code {"records": [...]}}, each record with its externalId. The resource reads
 * it record by record ({@link RecordJsonReader}); this type documents its shape in the API.
 */
public record BatchRequest(@NotNull List<RecordInput> records) {
}
