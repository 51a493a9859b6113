package io.flowmason.executor.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;

/**
 * Compiles JSON Schemas (draft 2020-12 unless a schema's {@code $schema} names another draft) into
 * {@link CompiledSchema}s. Each schema is checked against its draft's meta-schema first, so a
 * schema with a mistake in it is refused with the mistake named instead of silently validating
 * nothing. One instance is shared by everyone; it is safe for concurrent use.
 *
 * <p>Validation reports every violation (no fail-fast), asserts {@code format} (a {@code date-time}
 * must be one), collects no annotations, and never loads anything: a schema may refer only to its
 * own parts.
 */
@Component(service = SchemaValidator.class)
public class SchemaValidator {

    private final ObjectMapper json = new ObjectMapper();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(VersionFlag.V202012,
            builder -> builder.schemaLoaders(loaders -> loaders.add(new BundledMetaSchemaLoader())));
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .failFast(false)
            .formatAssertionsEnabled(true)
            .typeLoose(false)
            .locale(Locale.ROOT)
            .preloadJsonSchema(true)
            .cacheRefs(true)
            .build();
    private final Map<VersionFlag, JsonSchema> metaSchemas = new ConcurrentHashMap<>();

    /**
     * @param schema a JSON Schema as a plain Java tree
     * @throws InvalidSchemaException when it is not a valid JSON Schema of its draft, names an unknown
     *                                draft, or refers to a document outside itself
     */
    public CompiledSchema compile(Map<String, Object> schema) {
        if (schema == null) {
            throw new InvalidSchemaException("no schema given", List.of());
        }
        JsonNode node = json.valueToTree(schema);
        VersionFlag draft = draftOf(node.get("$schema"));
        List<SchemaViolation> problems = violations(metaSchema(draft).validate(node));
        if (!problems.isEmpty()) {
            throw new InvalidSchemaException("not a valid JSON Schema (" + name(draft) + "): " + problems.stream()
                    .map(p -> (p.path().isEmpty() ? "" : p.path() + ": ") + p.message())
                    .collect(Collectors.joining("; ")), problems);
        }
        try {
            JsonSchema compiled = factory.getSchema(node, config);
            compiled.initializeValidators();
            return new CompiledSchema(compiled, json);
        } catch (JsonSchemaException | IllegalArgumentException e) {
            throw new InvalidSchemaException("the JSON Schema cannot be used: " + reason(e), e);
        }
    }

    private JsonSchema metaSchema(VersionFlag draft) {
        return metaSchemas.computeIfAbsent(draft, d -> {
            JsonSchema metaSchema = factory.getSchema(SchemaLocation.of(d.getId()), config);
            metaSchema.initializeValidators();
            return metaSchema;
        });
    }

    private static VersionFlag draftOf(JsonNode declared) {
        if (declared == null) {
            return VersionFlag.V202012;
        }
        if (declared.isTextual()) {
            String iri = withoutEmptyFragment(declared.textValue());
            for (VersionFlag draft : VersionFlag.values()) {
                if (withoutEmptyFragment(draft.getId()).equals(iri)) {
                    return draft;
                }
            }
        }
        throw new InvalidSchemaException("$schema " + declared + " is not a JSON Schema draft this instance knows; use "
                + VersionFlag.V202012.getId() + " (the default), 2019-09, draft-07, draft-06 or draft-04", List.of());
    }

    private static String withoutEmptyFragment(String iri) {
        return iri.endsWith("#") ? iri.substring(0, iri.length() - 1) : iri;
    }

    private static String name(VersionFlag draft) {
        String id = withoutEmptyFragment(draft.getId());
        return id.substring(id.indexOf("draft")).replace("/schema", "").replace("draft/", "draft ");
    }

    private static List<SchemaViolation> violations(Set<ValidationMessage> messages) {
        List<SchemaViolation> violations = new ArrayList<>(messages.size());
        for (ValidationMessage message : messages) {
            violations.add(Violations.of(message));
        }
        return violations;
    }

    private static String reason(Exception e) {
        String message = e instanceof JsonSchemaException schemaException && schemaException.getValidationMessage() != null
                ? schemaException.getValidationMessage().getMessage() : e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        // the library starts its sentences with the (here empty) location and a colon
        return message.replaceFirst("^[\\s:]+", "").strip();
    }
}
