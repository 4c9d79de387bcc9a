package vn.gialai.iwd.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;

@ConfigMapping(prefix = "iwd.registry")
public interface RegistryConfig {

    /** Secret key of the HMAC under which national IDs are stored (from IWD_NATIONAL_ID_HMAC_KEY). */
    String nationalIdHmacKey();

    /** Most records one batch request may carry. */
    int maxBatchSize();

    /** Most rows one spreadsheet import may carry; it is judged and written maxBatchSize rows at a time. */
    int maxImportRows();

    /** The zone whose calendar says what "today" is: future dates, retired units, default effective dates. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();
}
