package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.launcher.Api.Reply;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FLOWMASON_RUN_RETENTION_DAYS reaches the instance's run retention: two demo runs, one of them
 * made two days old in the database file while the instance is stopped (the API cannot date a run),
 * and after the next start the old one is deleted by the retention's first round (a minute after the
 * start) while the recent one and the usage of both stay.
 */
class RunRetentionIT {

    private static final String KEY = "retention-owner-key-0123456789";
    private static final String TICKET = "{\"ticket_text\": \"I was charged twice for my subscription\", \"customer_id\": \"cus_42\"}";

    @TempDir
    Path work;

    @Test
    void aFinishedRunOlderThanTheRetentionIsDeletedAndTheUsageStays() throws Exception {
        int port = Http.freePort();
        Api api = new Api(port, KEY);
        String oldRun;
        String recentRun;
        try (DistributionProcess instance = start(port)) {
            Eventually.await(Duration.ofSeconds(60), "the demo is published", () -> {
                try {
                    return api.get("/api/pipelines/support-triage/versions").body().path("versions").size() == 1;
                } catch (Exception e) {
                    return false;
                }
            });
            oldRun = run(api);
            recentRun = run(api);
            Eventually.await(Duration.ofSeconds(60), "the usage counts both runs", () -> usageRuns(api) == 2);
            assertThat(instance.terminate()).isZero();
        }

        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + work.resolve("data/flowmason"), "", "");
             PreparedStatement age = db.prepareStatement(
                     "UPDATE run SET created_at = DATEADD(DAY, -2, created_at), finished_at = DATEADD(DAY, -2, finished_at) WHERE run_id = ?")) {
            age.setString(1, oldRun);
            assertThat(age.executeUpdate()).isEqualTo(1);
        }

        try (DistributionProcess instance = start(port)) {
            Eventually.await(Duration.ofMinutes(5), "the two-day-old run is deleted", () -> status(api, oldRun) == 404);

            assertThat(api.get("/api/runs/" + recentRun).body().path("status").asText()).isEqualTo("completed");
            assertThat(api.get("/api/runs/" + oldRun + "/trace").status()).isEqualTo(404);
            assertThat(usageRuns(api)).as("runs in the usage report").isEqualTo(2);
        }
    }

    private DistributionProcess start(int port) throws Exception {
        return DistributionProcess.launch(work, Map.of(
                "FLOWMASON_HTTP_PORT", Integer.toString(port),
                "FLOWMASON_DATA_DIR", work.resolve("data").toString(),
                "FLOWMASON_DEPLOY_DIR", work.resolve("deploy").toString(),
                "FLOWMASON_ADMIN_KEY", KEY,
                "FLOWMASON_RUN_RETENTION_DAYS", "1")).awaitReady(port);
    }

    private static String run(Api api) throws Exception {
        Reply run = api.post("/api/pipelines/support-triage/run", TICKET);
        assertThat(run.status()).as(run.text()).isEqualTo(200);
        assertThat(run.body().path("status").asText()).isEqualTo("completed");
        return run.body().path("run_id").asText();
    }

    private static long usageRuns(Api api) {
        try {
            return api.get("/api/usage?group_by=pipeline").body().path("rows").findValues("runs").stream()
                    .mapToLong(n -> n.asLong()).sum();
        } catch (Exception e) {
            return -1;
        }
    }

    private static int status(Api api, String runId) {
        try {
            return api.get("/api/runs/" + runId).status();
        } catch (Exception e) {
            return -1;
        }
    }
}
