package io.flowmason.gateway.internal.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.executor.run.RunError;
import io.flowmason.executor.run.RunStatus;
import io.flowmason.executor.run.StageSpan;
import io.flowmason.executor.run.Usage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON text a run's record keeps for its trace, usage and error: the shapes of API.md, field by field. */
class RunViewsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StageSpan failed = new StageSpan("classify", "generator", "1.2.0", "openai", RunStatus.FAILED,
            Instant.parse("2026-11-26T06:30:35.366746009Z"), 12.34567, 3,
            Map.of("prompt", "Classify \"this\"", "options", List.of(1, 2.5, true)), null,
            new RunError("classify", "timeout", "no answer within 300 ms"), new Usage(120, 30, 0.0042, 12.34567),
            List.of(new StageSpan.LogEntry("info", "asked"), new StageSpan.LogEntry("warn", "retrying")));

    @Test
    void aSpanKeepsEveryFieldOfTheTraceInOrder() throws Exception {
        JsonNode spans = JSON.readTree(RunViews.spansJson(List.of(failed)));

        assertThat(spans.isArray()).isTrue();
        JsonNode span = spans.get(0);
        assertThat(fieldNames(span)).containsExactly("stage_id", "type", "component_version", "provider", "status",
                "started_at", "duration_ms", "attempts", "input", "output", "error", "usage", "logs");
        assertThat(span.get("stage_id").asText()).isEqualTo("classify");
        assertThat(span.get("type").asText()).isEqualTo("generator");
        assertThat(span.get("component_version").asText()).isEqualTo("1.2.0");
        assertThat(span.get("provider").asText()).isEqualTo("openai");
        assertThat(span.get("status").asText()).isEqualTo("failed");
        assertThat(span.get("started_at").asText()).isEqualTo("2026-11-26T06:30:35.366746009Z");
        assertThat(span.get("duration_ms").asDouble()).isEqualTo(12.346);
        assertThat(span.get("attempts").asInt()).isEqualTo(3);
        assertThat(span.get("input")).isEqualTo(JSON.valueToTree(failed.input()));
        assertThat(span.get("output").isNull()).isTrue();
        assertThat(span.get("error")).isEqualTo(JSON.readTree(
                "{\"stage\":\"classify\",\"code\":\"timeout\",\"message\":\"no answer within 300 ms\"}"));
        assertThat(span.get("usage")).isEqualTo(JSON.readTree("{\"total_tokens\":150,\"input_tokens\":120,"
                + "\"output_tokens\":30,\"cost_usd\":0.0042,\"duration_ms\":12.346}"));
        assertThat(span.get("logs")).isEqualTo(JSON.readTree(
                "[{\"level\":\"info\",\"message\":\"asked\"},{\"level\":\"warn\",\"message\":\"retrying\"}]"));
    }

    @Test
    void aCompletedSpanHasItsOutputAndANullError() throws Exception {
        StageSpan completed = new StageSpan("upper", "text_upper", "1.0.0", null, RunStatus.COMPLETED, Instant.EPOCH, 0.0,
                1, Map.of("text", "a"), Map.of("text", "A"), null, Usage.NONE, List.of());

        JsonNode span = JSON.readTree(RunViews.spansJson(List.of(completed, completed))).get(1);

        assertThat(span.get("provider").isNull()).isTrue();
        assertThat(span.get("output")).isEqualTo(JSON.readTree("{\"text\":\"A\"}"));
        assertThat(span.get("error").isNull()).isTrue();
        assertThat(span.get("logs").size()).isZero();
    }

    @Test
    void noSpansIsAnEmptyArray() {
        assertThat(RunViews.spansJson(List.of())).isEqualTo("[]");
    }

    @Test
    void usageAndErrorAreTheirOwnDocuments() throws Exception {
        assertThat(JSON.readTree(RunViews.usageJson(failed.usage()))).isEqualTo(JSON.readTree("{\"total_tokens\":150,"
                + "\"input_tokens\":120,\"output_tokens\":30,\"cost_usd\":0.0042,\"duration_ms\":12.346}"));
        assertThat(JSON.readTree(RunViews.errorJson(new RunError(null, "invalid_output", "text: is missing"))))
                .isEqualTo(JSON.readTree("{\"stage\":null,\"code\":\"invalid_output\",\"message\":\"text: is missing\"}"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
