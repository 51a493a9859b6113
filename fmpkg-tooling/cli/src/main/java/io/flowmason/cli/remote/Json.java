package io.flowmason.cli.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

/**
 * JSON as {@code fm} reads and prints it. Decimals are kept as the instance wrote them (no detour
 * through double, trailing zeros kept), so {@code --json} prints the answer's numbers unchanged;
 * pretty output looks as people write JSON by hand ({@code "id": "x"}, an array item per line).
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE));

    private Json() {
    }

    /** The text as JSON, or a missing node when it is empty or not JSON. */
    static JsonNode parseOrMissing(String text) {
        if (text == null || text.isBlank()) {
            return MAPPER.missingNode();
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException notJson) {
            return MAPPER.missingNode();
        }
    }

    static String pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    static String compact(JsonNode node) {
        return node.toString();
    }

    /** A field's text for people: {@code -} when it is absent or null. */
    static String text(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? "-" : node.asText();
    }

    /** An array's items joined with commas, or {@code -} when there are none. */
    static String list(JsonNode array) {
        if (!array.isArray() || array.isEmpty()) {
            return "-";
        }
        StringBuilder joined = new StringBuilder();
        for (JsonNode item : array) {
            joined.append(joined.length() == 0 ? "" : ",").append(item.asText());
        }
        return joined.toString();
    }
}
