package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowmason.launcher.Api.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh instance, started as the README says, has the core components and runs the demo
 * pipeline support-triage on the mock provider, with no LLM API key anywhere.
 */
class DemoIT {

    private static final String KEY = "demo-owner-key-0123456789";

    @TempDir
    Path work;

    @Test
    void aFreshInstanceListsTheCoreComponentsAndRunsTheDemo() throws Exception {
        int port = Http.freePort();
        Api api = new Api(port, KEY);
        try (DistributionProcess instance = DistributionProcess.start(work, port, KEY)) {
            Eventually.await(Duration.ofSeconds(20), "the demo is published", () -> {
                try {
                    return api.get("/api/pipelines/support-triage/versions").body().path("versions").size() == 1;
                } catch (Exception e) {
                    return false;
                }
            });
            List<String> core = StreamSupport.stream(api.get("/api/registry/components?category=core").body()
                    .path("components").spliterator(), false).map(c -> c.path("type").asText()).toList();
            assertThat(core).contains("variable_set", "logger", "json_transform", "filter", "loop", "schema_validate",
                    "http_request", "generator", "critic", "improver", "synthesizer", "selector");

            Reply run = api.post("/api/pipelines/support-triage/run",
                    "{\"ticket_text\": \"I was charged twice for my subscription\", \"customer_id\": \"cus_42\"}");

            assertThat(run.status()).as(run.text()).isEqualTo(200);
            JsonNode body = run.body();
            assertThat(body.path("status").asText()).as(run.text()).isEqualTo("completed");
            assertThat(Set.of("low", "medium", "high", "critical")).contains(body.path("result").path("priority").asText());
            assertThat(body.path("result").path("assigned_team").asText()).isNotBlank();
            assertThat(body.path("result").path("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(body.path("usage").path("total_tokens").asLong()).isPositive();
        }
    }
}
