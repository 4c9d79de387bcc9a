package vn.gialai.iwd.registry.service;

/** An atomic batch had rejections: 422 with the batch result, nothing written. */
public class BatchRejectedException extends RuntimeException {

    private final transient RecordService.BatchResult result;

    public BatchRejectedException(RecordService.BatchResult result) {
        super("batch rejected");
        this.result = result;
    }

    public RecordService.BatchResult result() {
        return result;
    }
}
