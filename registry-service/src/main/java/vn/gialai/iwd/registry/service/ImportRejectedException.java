package vn.gialai.iwd.registry.service;

/** An atomic import had rejected rows: 422 with the import's answer, nothing written. */
public class ImportRejectedException extends RuntimeException {

    private final transient ImportService.Result result;

    public ImportRejectedException(ImportService.Result result) {
        super("import rejected");
        this.result = result;
    }

    public ImportService.Result result() {
        return result;
    }
}
