package io.flowmason.gateway.internal.pipelines;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.flowmason.executor.pipeline.PipelineDefinition;
import io.flowmason.gateway.internal.ApiException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Pipeline definitions to and from the JSON of API.md, with errors that say where the JSON is wrong. */
public final class PipelineJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS);

    private PipelineJson() {
    }

    /** @throws ApiException 400 naming the place in the document that is wrong */
    public static PipelineDefinition read(String json) {
        if (json == null || json.isBlank()) {
            throw new ApiException(Response.Status.BAD_REQUEST, "invalid_json", "The request has no pipeline.",
                    "Send the pipeline as a JSON object with id, name, version and stages.");
        }
        try {
            PipelineDefinition definition = MAPPER.readValue(json, PipelineDefinition.class);
            if (definition == null) {
                throw new ApiException(Response.Status.BAD_REQUEST, "invalid_json", "The pipeline is null.",
                        "Send the pipeline as a JSON object.");
            }
            return definition;
        } catch (UnrecognizedPropertyException e) {
            throw new ApiException(Response.Status.BAD_REQUEST, "invalid_json", "Unknown field '" + e.getPropertyName() + "' at "
                    + e.getPathReference() + ".", "Known fields: " + e.getKnownPropertyIds() + ".");
        } catch (JsonProcessingException e) {
            throw new ApiException(Response.Status.BAD_REQUEST, "invalid_json", "The pipeline is not valid JSON of the expected"
                    + " shape: " + e.getOriginalMessage() + " (line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + ").", "Compare it with the pipeline shape in the API documentation.");
        }
    }

    public static String write(PipelineDefinition definition) {
        try {
            return MAPPER.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a pipeline definition could not be written as JSON", e);
        }
    }

    /** Reads a definition this class wrote; stored JSON is trusted. */
    public static PipelineDefinition readStored(String json) {
        try {
            return MAPPER.readValue(json, PipelineDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored pipeline definition cannot be read", e);
        }
    }

    /** Any JSON text to a plain tree (maps, lists, strings, numbers, booleans, null). */
    public static Object tree(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, Object.class);
    }

    public static String text(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a value could not be written as JSON", e);
        }
    }

    /** Writes one JSON document field by field; {@code writeObject} inside it writes trees as {@link #text} does. */
    public interface Fields {
        void writeTo(JsonGenerator json) throws IOException;
    }

    /** JSON text written field by field, for documents made often enough that building a tree first costs. */
    public static String write(Fields fields) {
        StringWriter text = new StringWriter(256);
        try (JsonGenerator json = MAPPER.createGenerator(text)) {
            fields.writeTo(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a value could not be written as JSON", e);
        }
        return text.toString();
    }
}
