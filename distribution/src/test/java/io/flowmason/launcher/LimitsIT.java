package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowmason.launcher.Api.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rate limits, budgets and usage over HTTP against the assembled instance: a pipeline's own limit holds
 * exactly under concurrent runs (the owner key included), a spent token budget refuses runs before
 * they execute, and the usage report counts what ran.
 */
class LimitsIT {

    private static final String KEY = "limits-owner-key-0123456789";

    @TempDir
    static Path work;

    static DistributionProcess instance;
    static Api api;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        port = Http.freePort();
        instance = DistributionProcess.startWithTestPackage(work, port, KEY);
        api = new Api(port, KEY);
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static void createAndPublish(String json, String id) throws Exception {
        Reply created = api.post("/api/pipelines", json);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        Reply published = api.post("/api/pipelines/" + id + "/publish", "");
        assertThat(published.status()).as(published.text()).isEqualTo(201);
    }

    private static void upperPipeline(String id) throws Exception {
        createAndPublish("""
                {"id": "%s", "name": "Upper", "version": "1.0.0",
                 "stages": [{"id": "up", "type": "text_upper", "input_mapping": {"text": "{{input.text}}"}}]}
                """.formatted(id), id);
    }

    /** Waits until at least 15 s remain in the minute, so one burst falls in one fixed window. */
    private static void awayFromTheMinuteEnd() throws InterruptedException {
        long second = Instant.now().getEpochSecond() % 60;
        if (second > 45) {
            Thread.sleep((61 - second) * 1000);
        }
    }

    @Test
    void aPipelineLimitOfFivePerMinuteLetsExactlyFiveOfTwentyConcurrentRunsThrough() throws Exception {
        upperPipeline("limited");
        Reply put = api.put("/api/pipelines/limited/limits", "{\"rate_limit_per_minute\": 5}");
        assertThat(put.status()).as(put.text()).isEqualTo(200);
        assertThat(api.get("/api/pipelines/limited/limits").body().path("rate_limit_per_minute").asInt()).isEqualTo(5);
        awayFromTheMinuteEnd();

        ExecutorService threads = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reply>> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sent.add(threads.submit(() -> {
                go.await();
                return api.post("/api/pipelines/limited/run", "{\"text\": \"hi\"}");
            }));
        }
        go.countDown();
        List<Reply> replies = new ArrayList<>();
        for (Future<Reply> reply : sent) {
            replies.add(reply.get());
        }
        threads.shutdown();

        List<Reply> ok = replies.stream().filter(r -> r.status() == 200).toList();
        List<Reply> limited = replies.stream().filter(r -> r.status() == 429).toList();
        assertThat(ok).as(replies.toString()).hasSize(5);
        assertThat(limited).hasSize(15);
        for (Reply reply : ok) {
            assertThat(reply.header("RateLimit-Limit")).contains("5");
            assertThat(Integer.parseInt(reply.header("RateLimit-Remaining").orElseThrow())).isBetween(0, 4);
            assertThat(Integer.parseInt(reply.header("RateLimit-Reset").orElseThrow())).isBetween(0, 60);
        }
        assertThat(ok.stream().map(r -> r.header("RateLimit-Remaining").orElseThrow()).distinct()).hasSize(5);
        for (Reply reply : limited) {
            assertThat(reply.errorCode()).isEqualTo("rate_limited");
            assertThat(reply.body().path("error").path("message").asText()).contains("pipeline 'limited'", "5 runs per minute");
            assertThat(reply.body().path("error").path("suggestion").asText()).isNotBlank();
            assertThat(Long.parseLong(reply.header("Retry-After").orElseThrow())).isBetween(1L, 60L);
        }
        assertThat(api.get("/api/runs?pipeline_id=limited").body().path("total").asInt()).isEqualTo(5);

        Reply async = api.post("/api/pipelines/limited/run?async=true", "{\"text\": \"hi\"}");
        assertThat(async.status()).as("an asynchronous run is refused alike").isEqualTo(429);
        assertThat(api.get("/api/runs?pipeline_id=limited").body().path("total").asInt()).isEqualTo(5);
    }

    @Test
    void anAdmittedAsynchronousRunCarriesTheRateLimitHeadersToo() throws Exception {
        upperPipeline("roomy");
        assertThat(api.put("/api/pipelines/roomy/limits", "{\"rate_limit_per_minute\": 1000, \"rate_limit_per_hour\": 50}").status())
                .isEqualTo(200);
        Reply accepted = api.post("/api/pipelines/roomy/run?async=true", "{\"text\": \"hi\"}");
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(202);
        assertThat(accepted.header("RateLimit-Limit")).contains("50");
        assertThat(accepted.header("RateLimit-Remaining")).contains("49");
    }

    @Test
    void aSpentTokenBudgetRefusesRunsBeforeTheyRunAndUsageReportsThem() throws Exception {
        createAndPublish("""
                {"id": "talk", "name": "Talk", "version": "1.0.0",
                 "stages": [{"id": "say", "type": "echo_node", "provider": "fake", "input_mapping": {"prompt": "{{input.prompt}}"}}]}
                """, "talk");
        Reply put = api.put("/api/pipelines/talk/limits", "{\"monthly_token_budget\": 20}");
        assertThat(put.body().path("monthly_token_budget").asLong()).isEqualTo(20);
        assertThat(put.body().path("rate_limit_per_minute").isNull()).isTrue();

        List<Integer> statuses = new ArrayList<>();
        Reply refused = null;
        for (int i = 0; i < 6 && refused == null; i++) {
            Reply run = api.post("/api/pipelines/talk/run", "{\"prompt\": \"hello big world\"}");
            statuses.add(run.status());
            if (run.status() == 429) {
                refused = run;
            } else {
                assertThat(run.body().path("usage").path("total_tokens").asLong()).as(run.text()).isEqualTo(7);
            }
        }
        assertThat(statuses).as("7 tokens a run: 0, 7 and 14 are under 20, 21 is not").containsExactly(200, 200, 200, 429);
        assertThat(refused.errorCode()).isEqualTo("quota_exceeded");
        assertThat(refused.body().path("error").path("message").asText()).contains("token budget", "pipeline 'talk'");
        assertThat(refused.header("Retry-After")).isPresent();
        assertThat(api.get("/api/runs?pipeline_id=talk").body().path("total").asInt()).isEqualTo(3);

        Eventually.await(Duration.ofSeconds(10), "usage is reported", () -> row("pipeline", "pipeline_id", "talk") != null);
        JsonNode byPipeline = row("pipeline", "pipeline_id", "talk");
        assertThat(byPipeline.path("runs").asLong()).isEqualTo(3);
        assertThat(byPipeline.path("total_tokens").asLong()).isEqualTo(21);
        assertThat(byPipeline.path("cost_usd").asDouble()).isEqualTo(0.021);
        assertThat(row("component", "component_type", "echo_node").path("input_tokens").asLong()).isEqualTo(9);
        assertThat(row("key", "key_id", "owner").path("runs").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(api.get("/api/usage?group_by=day").body().path("rows").size()).isPositive();

        assertThat(api.put("/api/pipelines/talk/limits", "{\"monthly_token_budget\": 100}").status()).isEqualTo(200);
        assertThat(api.post("/api/pipelines/talk/run", "{\"prompt\": \"again\"}").status()).isEqualTo(200);
    }

    @Test
    void aKeysOwnTokenBudgetStopsItsRunsOnceSpent() throws Exception {
        createAndPublish("""
                {"id": "chat", "name": "Chat", "version": "1.0.0",
                 "stages": [{"id": "say", "type": "echo_node", "provider": "fake", "input_mapping": {"prompt": "{{input.prompt}}"}}]}
                """, "chat");
        Reply created = api.post("/api/keys", """
                {"name": "frugal", "permissions": ["pipelines:execute"], "monthly_token_budget": 10}
                """);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.body().path("monthly_token_budget").asLong()).isEqualTo(10);
        Api frugal = new Api(port, created.body().path("key").asText());

        List<Integer> statuses = new ArrayList<>();
        Reply last = null;
        for (int i = 0; i < 3; i++) {
            last = frugal.post("/api/pipelines/chat/run", "{\"prompt\": \"hello big world\"}");
            statuses.add(last.status());
        }

        assertThat(statuses).as("7 tokens a run: 0 and 7 are under 10, 14 is not").containsExactly(200, 200, 429);
        assertThat(last.errorCode()).isEqualTo("quota_exceeded");
        assertThat(api.post("/api/pipelines/chat/run", "{\"prompt\": \"owner\"}").status()).isEqualTo(200);
    }

    @Test
    void aKeysOwnLimitHoldsItToItAndTheOwnerKeyIsNotLimited() throws Exception {
        upperPipeline("keyed");
        Reply created = api.post("/api/keys", """
                {"name": "tight", "permissions": ["pipelines:execute"], "rate_limit_per_minute": 3}
                """);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        Api tight = new Api(port, created.body().path("key").asText());
        awayFromTheMinuteEnd();

        List<Integer> statuses = new java.util.ArrayList<>();
        Reply last = null;
        for (int i = 0; i < 4; i++) {
            last = tight.post("/api/pipelines/keyed/run", "{\"text\": \"x\"}");
            statuses.add(last.status());
        }

        assertThat(statuses).containsExactly(200, 200, 200, 429);
        assertThat(last.errorCode()).isEqualTo("rate_limited");
        assertThat(last.body().path("error").path("message").asText()).contains(created.body().path("id").asText(), "3 runs per minute");
        assertThat(last.header("Retry-After")).isPresent();
        for (int i = 0; i < 4; i++) {
            assertThat(api.post("/api/pipelines/keyed/run", "{\"text\": \"x\"}").status()).isEqualTo(200);
        }
    }

    @Test
    void limitsOfUnknownPipelinesAre404AndBadLimits400() throws Exception {
        assertThat(api.get("/api/pipelines/nowhere/limits").errorCode()).isEqualTo("pipeline_not_found");
        assertThat(api.put("/api/pipelines/nowhere/limits", "{}").status()).isEqualTo(404);
        upperPipeline("checked");
        Reply bad = api.put("/api/pipelines/checked/limits", "{\"rate_limit_per_minute\": 0}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorCode()).isEqualTo("invalid_limits");
        assertThat(api.put("/api/pipelines/checked/limits", "{\"per_minute\": 5}").errorCode()).isEqualTo("invalid_limits");
        assertThat(api.get("/api/usage?group_by=colour").errorCode()).isEqualTo("invalid_group_by");
        assertThat(api.get("/api/usage?from=2026-13-01").errorCode()).isEqualTo("invalid_date");
    }

    private static JsonNode row(String groupBy, String field, String value) {
        try {
            JsonNode rows = api.get("/api/usage?group_by=" + groupBy).body().path("rows");
            return StreamSupport.stream(rows.spliterator(), false).filter(r -> value.equals(r.path(field).asText())).findFirst()
                    .orElse(null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
