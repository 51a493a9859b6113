package io.flowmason.core.schemavalidate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * JSON Schema validation with networknt: draft 2020-12 unless the schema's {@code $schema} names
 * another draft, errors located by JSON Pointer, and nothing fetched from outside: a {@code $ref}
 * may only reach into the schema itself or the drafts' meta-schemas the validator ships
 * ({@code classpath:draft...}).
 */
final class Validator {

    static final String DEFAULT_DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder
                    .enableSchemaCache(false)
                    .schemaLoaders(loaders -> loaders.add(
                            new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:draft")))));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .locale(Locale.ENGLISH)
            .build();
    private static final Map<String, JsonSchema> META_SCHEMAS = new ConcurrentHashMap<>();

    private Validator() {
    }

    /**
     * Compiles {@code schema} after checking it against its draft's meta-schema; a schema that is
     * not valid, names an unknown draft or refers outside itself is a CONFIGURATION failure.
     */
    static JsonSchema compile(JsonNode schema) throws ComponentException {
        try {
            String dialect = schema.path("$schema").asText(DEFAULT_DIALECT);
            Set<ValidationMessage> problems = META_SCHEMAS
                    .computeIfAbsent(dialect, iri -> withValidatorClassLoader(() -> initialized(
                            FACTORY.getSchema(SchemaLocation.of(iri), CONFIG))))
                    .validate(schema);
            if (!problems.isEmpty()) {
                throw new ComponentException(ErrorType.CONFIGURATION, "schema is not a valid JSON Schema: "
                        + describe(problems) + "; fix the schema in the stage's configuration", false);
            }
            return withValidatorClassLoader(() -> initialized(FACTORY.getSchema(schema, CONFIG)));
        } catch (JsonSchemaException e) {
            throw new ComponentException(ErrorType.CONFIGURATION, "schema cannot be used: " + e.getMessage()
                    + "; give a self-contained JSON Schema (no remote $ref) of a known draft", false, e);
        }
    }

    /** The errors of {@code data} against {@code schema}, in the order the validator found them. */
    static Set<ValidationMessage> validate(JsonSchema schema, JsonNode data) throws ComponentException {
        try {
            return withValidatorClassLoader(() -> schema.validate(data));
        } catch (JsonSchemaException e) {
            throw new ComponentException(ErrorType.CONFIGURATION, "schema cannot be used: " + e.getMessage()
                    + "; give a self-contained JSON Schema (no remote $ref) of a known draft", false, e);
        }
    }

    /** Where an error is, as a JSON Pointer into the data ({@code ""} is the data itself). */
    static String path(ValidationMessage message) {
        return message.getInstanceLocation().toString();
    }

    /** An error's text without the location the validator puts in front of it. */
    static String text(ValidationMessage message) {
        String full = message.getMessage();
        String prefix = path(message) + ": ";
        return full.startsWith(prefix) ? full.substring(prefix.length()) : full;
    }

    /** {@code /path: message; ...}, the data itself shown as {@code /}. */
    static String describe(Set<ValidationMessage> messages) {
        StringBuilder out = new StringBuilder();
        for (ValidationMessage message : messages) {
            out.append(out.length() == 0 ? "" : "; ")
                    .append(path(message).isEmpty() ? "/" : path(message)).append(": ").append(text(message));
        }
        return out.toString();
    }

    private static JsonSchema initialized(JsonSchema schema) {
        schema.initializeValidators();
        return schema;
    }

    /** The validator reads its meta-schemas through the context class loader: let it see its own bundle. */
    private static <T> T withValidatorClassLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(JsonSchemaFactory.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
