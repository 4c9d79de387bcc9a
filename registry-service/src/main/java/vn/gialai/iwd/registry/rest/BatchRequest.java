package vn.gialai.iwd.registry.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gialai.iwd.registry.service.RecordInput;

import java.util.List;

/**
 * Body of a batch: {@code {"records": [...]}}, each record with its externalId. The resource reads
 * it record by record ({@link RecordJsonReader}); this type documents its shape in the API.
 */
@Schema(description = "A batch of records. Members other than records are ignored.")
public record BatchRequest(
        @Schema(required = true, description = "At most 5,000 records (more: 413), each with its externalId; an "
                + "externalId may appear once per batch (else DUPLICATE_IN_BATCH)", ref = "BatchRecords")
        @NotNull List<RecordInput> records) {
}
