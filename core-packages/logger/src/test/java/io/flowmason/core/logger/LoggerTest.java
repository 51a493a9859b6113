package io.flowmason.core.logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoggerTest {

    private final RecordingContext context = new RecordingContext();

    @Test
    void logsTheMessageAtInfoWhenNoLevelIsGiven() throws Exception {
        Logger.Output output = new Logger().execute(new Logger.Input("started", null, null), context);

        assertThat(output.logged()).isTrue();
        assertThat(context.entries).containsExactly("info: started");
    }

    @Test
    void logsAtEachLevelAskedFor() throws Exception {
        for (Logger.Level level : Logger.Level.values()) {
            new Logger().execute(new Logger.Input("at " + level, level, null), context);
        }

        assertThat(context.entries).containsExactly("debug: at debug", "info: at info", "warn: at warn", "error: at error");
    }

    @Test
    void appendsDataAsCompactJson() throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", 7L);
        data.put("tags", List.of("a", "b"));
        data.put("note", null);

        new Logger().execute(new Logger.Input("order", Logger.Level.warn, data), context);
        new Logger().execute(new Logger.Input("text", Logger.Level.info, "plain"), context);

        assertThat(context.entries).containsExactly("warn: order {\"id\":7,\"tags\":[\"a\",\"b\"],\"note\":null}",
                "info: text \"plain\"");
    }

    @Test
    void refusesAMissingMessage() {
        assertThatThrownBy(() -> new Logger().execute(new Logger.Input(null, Logger.Level.info, null), context))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.INVALID_INPUT);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("message is missing");
                });
        assertThat(context.entries).isEmpty();
    }

    @Test
    void refusesDataThatIsNotJson() {
        assertThatThrownBy(() -> new Logger().execute(new Logger.Input("x", null, new Object()), context))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.INVALID_INPUT);
                    assertThat(e.getMessage()).startsWith("data cannot be written as JSON");
                });
    }

    @Test
    void theDescriptorDescribesTheSchemasTheApiPromises() throws Exception {
        JsonNode component;
        try (InputStream in = LoggerTest.class.getClassLoader().getResourceAsStream("OSGI-INF/flowmason/components.json")) {
            component = new ObjectMapper().readTree(in).path("components").get(0);
        }
        assertThat(component.path("type").asText()).isEqualTo("logger");
        assertThat(component.path("kind").asText()).isEqualTo("operator");
        assertThat(component.path("category").asText()).isEqualTo("core");
        assertThat(component.path("input_schema").toString()).isEqualTo("{\"type\":\"object\",\"properties\":{"
                + "\"message\":{\"type\":\"string\",\"description\":\"The text to log\"},"
                + "\"level\":{\"type\":\"string\",\"enum\":[\"debug\",\"info\",\"warn\",\"error\"],"
                + "\"description\":\"How severe the entry is\",\"default\":\"info\"},"
                + "\"data\":{\"description\":\"Any JSON value logged after the message as compact JSON\"}},"
                + "\"required\":[\"message\"],\"additionalProperties\":false}");
        assertThat(component.path("output_schema").toString()).isEqualTo("{\"type\":\"object\",\"properties\":{"
                + "\"logged\":{\"type\":\"boolean\",\"description\":\"Always true once the entry is written\"}},"
                + "\"required\":[\"logged\"],\"additionalProperties\":false}");
    }
}
