package vn.gialai.iwd.plan.config;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.time.LocalDate;

/**
 * A body is one JSON value: content after it ({@code {"title": "t"}{}}) is refused (400) instead of
 * being ignored, which let a PATCH apply the first object of two (issue 15). A number is not an enum
 * constant: {@code "status": 1} was read as the second status (DONE).
 * A date is a date ({@code "dueDate": "2025-07-01T00:00:00Z"} was read as 1 July, whatever the offset meant).
 */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
    }
}
