package io.flowmason.cli.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flowmason.cli.CliFailure;
import io.flowmason.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A pipeline definition as a file: what {@code fm pipeline push} sends and {@code fm pipeline pull}
 * writes. A pulled file holds only the fields of the pipeline shape in API.md, without nulls, so it
 * can be pushed back (to this or another instance) and kept in version control.
 */
final class PipelineFile {

    /** The pipeline's fields in API.md, in the order a file lists them. */
    static final List<String> FIELDS = List.of("id", "name", "version", "description", "input_schema", "output_schema",
            "stages", "output");

    private PipelineFile() {
    }

    /** The file's pipeline: a JSON object with an {@code id}; a failure naming the file otherwise. */
    static JsonNode read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new CliFailure(ExitCodes.USAGE, "no pipeline file at " + file + ": give the path of a pipeline .json file.");
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.FAILED, "cannot read " + file + ": " + e.getMessage(), e);
        }
        JsonNode pipeline;
        try {
            pipeline = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new CliFailure(ExitCodes.FAILED, file + " is not valid JSON: " + e.getOriginalMessage() + " (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ").");
        }
        if (pipeline == null || !pipeline.isObject() || !pipeline.path("id").isTextual() || pipeline.path("id").asText().isBlank()) {
            throw new CliFailure(ExitCodes.FAILED, file + " is not a pipeline: it must be a JSON object with an \"id\", such as"
                    + " {\"id\": \"support-triage\", \"name\": ..., \"version\": \"1.0.0\", \"stages\": [...]}.");
        }
        return pipeline;
    }

    /** The definition the instance answered, reduced to what a push accepts: the pipeline's fields, nulls left out. */
    static ObjectNode forPush(JsonNode answered) {
        ObjectNode pipeline = Json.MAPPER.createObjectNode();
        for (String field : FIELDS) {
            JsonNode value = answered.path(field);
            if (!value.isMissingNode() && !value.isNull()) {
                pipeline.set(field, value.deepCopy());
            }
        }
        if (pipeline.get("stages") instanceof ArrayNode stages) {
            for (JsonNode stage : stages) {
                if (stage instanceof ObjectNode fields) {
                    withoutNulls(fields);
                }
            }
        }
        return pipeline;
    }

    private static void withoutNulls(ObjectNode stage) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = stage.fields(); fields.hasNext(); ) {
            if (fields.next().getValue().isNull()) {
                fields.remove();
            }
        }
    }
}
