package io.flowmason.executor.internal.run;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;

/**
 * Converts between the JSON trees stages exchange and the records components take and give,
 * with the naming of the schemas: record component {@code maxTokens} is field {@code max_tokens}.
 */
final class JsonBridge {

    private final ObjectMapper mapper = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    /** Resolved once, not on every conversion of a stage's output. */
    private final JavaType object = mapper.getTypeFactory().constructType(new TypeReference<Map<String, Object>>() {
    });

    Object toRecord(Map<String, Object> input, Class<?> recordType) {
        return mapper.convertValue(input, recordType);
    }

    Map<String, Object> toTree(Object output) {
        return mapper.convertValue(output, object);
    }
}
