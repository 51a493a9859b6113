package io.flowmason.executor.internal.run;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
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

    /**
     * Where and why a conversion failed: the JSON pointer of the field (as the schemas' violations
     * name them) and the reason, without Jackson's own reference chain.
     */
    static String describe(IllegalArgumentException failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof JsonMappingException mapping) {
            StringBuilder pointer = new StringBuilder();
            for (JsonMappingException.Reference step : mapping.getPath()) {
                pointer.append('/').append(step.getFieldName() != null ? step.getFieldName() : String.valueOf(step.getIndex()));
            }
            Throwable root = mapping;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String reason = root instanceof JsonMappingException json ? json.getOriginalMessage()
                    : root instanceof ClassCastException wrongType ? withoutModules(wrongType.getMessage())
                    : root.toString();
            return (pointer.length() == 0 ? "" : pointer + ": ") + reason;
        }
        return String.valueOf(cause.getMessage());
    }

    /** "class A cannot be cast to class B (A and B are in module ...)" without the part in brackets. */
    private static String withoutModules(String message) {
        int brackets = message == null ? -1 : message.indexOf(" (");
        return "a value of the wrong type: " + (brackets < 0 ? message : message.substring(0, brackets));
    }
}
