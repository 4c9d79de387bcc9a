package vn.gialai.iwd.plan.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A body is one JSON value: content after it ({@code {"title": "t"}{}}) is refused (400) instead of
 * being ignored, which let a PATCH apply the first object of two (issue 15). A number is not an enum
 * constant: {@code "status": 1} was read as the second status (DONE).
 */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }
}
