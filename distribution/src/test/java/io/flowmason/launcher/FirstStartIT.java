package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowmason.launcher.Api.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh instance installs the distribution's core packages through the one installation path,
 * as core packages, once: a core package an admin removed stays removed after a restart.
 */
class FirstStartIT {

    private static final String KEY = "first-start-owner-key-0123";

    @TempDir
    Path work;

    private static List<String> coreFiles() throws Exception {
        try (Stream<Path> files = Files.list(InProcessInstance.distribution().resolve("core-packages"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".fmpkg")).sorted().toList();
        }
    }

    private static List<JsonNode> corePackages(Api api) throws Exception {
        return StreamSupport.stream(api.get("/api/packages").body().path("packages").spliterator(), false)
                .filter(p -> "core".equals(p.path("source").asText())).toList();
    }

    @Test
    void aFreshInstanceInstallsTheCorePackagesOnceAndAnAdminsRemovalStands() throws Exception {
        List<String> files = coreFiles();
        assertThat(files).contains("variable-set-1.0.0.fmpkg", "synthesizer-1.0.0.fmpkg", "provider-mock-1.0.0.fmpkg");
        int port = Http.freePort();
        Api api = new Api(port, KEY);

        try (DistributionProcess instance = DistributionProcess.start(work, port, KEY)) {
            List<JsonNode> core = corePackages(api);
            assertThat(core).hasSize(files.size());
            assertThat(core).allSatisfy(p -> {
                assertThat(p.path("state").asText()).isEqualTo("active");
                assertThat(p.path("name").asText()).startsWith("@flowmason/");
            });
            JsonNode synthesizer = api.get("/api/registry/components/synthesizer").body();
            assertThat(synthesizer.path("is_core").asBoolean()).isTrue();
            assertThat(synthesizer.path("category").asText()).isEqualTo("core");
            assertThat(synthesizer.path("package_name").asText()).isEqualTo("@flowmason/synthesizer");

            Reply locked = api.delete("/api/registry/components/variable_set/1.0.0");
            assertThat(locked.status()).as("the published demo pipeline uses variable_set").isEqualTo(409);
            Reply removed = api.delete("/api/registry/components/synthesizer/1.0.0");
            assertThat(removed.status()).isEqualTo(204);
            assertThat(instance.terminate()).isZero();
        }

        try (DistributionProcess restarted = DistributionProcess.start(work, port, KEY)) {
            assertThat(api.get("/api/registry/components/synthesizer").status()).isEqualTo(404);
            assertThat(corePackages(api)).hasSize(files.size() - 1);
            assertThat(api.get("/api/ready").status()).isEqualTo(200);
        }
    }
}
