package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample package as the bnd command line built it, dropped into the deploy folder of the
 * assembled instance running in its own process: listed with its schemas within a second, and a
 * second version beside the first.
 */
class SamplePackageDeployIT {

    private static final String KEY = "sample-deploy-owner-key-0123";
    private static final String TYPE = "sample_greeter";
    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static final int RUNS = 5;

    @TempDir
    static Path work;

    static int port;
    static Path deploy;
    static DistributionProcess instance;

    @BeforeAll
    static void start() throws Exception {
        port = Http.freePort();
        deploy = work.resolve("deploy");
        instance = DistributionProcess.start(work, port, KEY);
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static Path sample(String version) {
        return Path.of(System.getProperty("sample.package." + version));
    }

    /** Lands the file the way a careful copy does: written beside the folder, then moved in at once. */
    private static Path drop(String version) throws Exception {
        Path staged = Files.copy(sample(version), work.resolve("staged-" + version + ".fmpkg"), StandardCopyOption.REPLACE_EXISTING);
        return Files.move(staged, deploy.resolve("samples-greeter-" + version + ".fmpkg"), StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<JsonNode> listedVersions() throws Exception {
        JsonNode list = Json.of(Http.get(port, "/api/registry/components", "X-API-Key", KEY));
        return StreamSupport.stream(list.path("components").spliterator(), false)
                .filter(component -> TYPE.equals(component.path("type").asText())).toList();
    }

    private static boolean listed(String version) throws Exception {
        return listedVersions().stream().anyMatch(component -> version.equals(component.path("version").asText()));
    }

    /** Milliseconds from the file landing until the component is listed. */
    private static long dropAndTime(String version) throws Exception {
        long landed = System.nanoTime();
        drop(version);
        long deadline = landed + Duration.ofSeconds(10).toNanos();
        while (!listed(version)) {
            assertThat(System.nanoTime()).as("%s %s listed within 10 s", TYPE, version).isLessThan(deadline);
            Thread.sleep(5);
        }
        return (System.nanoTime() - landed) / 1_000_000;
    }

    private static void removeAndAwaitGone(String version) throws Exception {
        Files.delete(deploy.resolve("samples-greeter-" + version + ".fmpkg"));
        Eventually.await(Duration.ofSeconds(10), version + " is gone", () -> {
            try {
                return !listed(version);
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void isListedWithItsSchemasWithinASecondOfLandingInTheFolder() throws Exception {
        List<Long> times = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            times.add(dropAndTime("1.0.0"));
            if (run < RUNS - 1) {
                removeAndAwaitGone("1.0.0");
            }
        }
        List<Long> sorted = times.stream().sorted().toList();
        System.out.printf("sample package: deploy folder -> listed in %s ms (median %d ms, max %d ms)%n",
                times, sorted.get(RUNS / 2), sorted.get(RUNS - 1));

        assertThat(times).allSatisfy(ms -> assertThat(ms).isLessThan(WITHIN.toMillis()));
        JsonNode component = listedVersions().get(0);
        assertThat(component.path("package_name").asText()).isEqualTo("samples/greeter");
        assertThat(component.path("is_available").asBoolean()).isTrue();
        assertThat(component.path("input_schema").path("properties").path("names").path("type").asText()).isEqualTo("array");
        assertThat(component.path("input_schema").path("required").toString()).isEqualTo("[\"names\"]");
        assertThat(component.path("output_schema").path("properties").has("greetings")).isTrue();

        drop("1.1.0");
        Eventually.await(Duration.ofSeconds(10), "1.1.0 is listed", () -> {
            try {
                return listed("1.1.0");
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(listedVersions()).extracting(c -> c.path("version").asText()).containsExactly("1.0.0", "1.1.0");
        JsonNode one = Json.of(Http.get(port, "/api/registry/components/" + TYPE, "X-API-Key", KEY));
        assertThat(one.path("version").asText()).isEqualTo("1.1.0");
        assertThat(one.path("versions").toString()).isEqualTo("[\"1.0.0\",\"1.1.0\"]");
    }
}
