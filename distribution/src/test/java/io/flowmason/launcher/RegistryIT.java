package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowmason.launcher.TestBundles.PackageSpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry in a real framework: versions side by side, removal under use, packages that cannot run. */
class RegistryIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String KEY = InProcessInstance.OWNER_KEY;

    @TempDir
    static Path work;

    static InProcessInstance instance;

    @BeforeAll
    static void start() throws Exception {
        instance = InProcessInstance.start(work);
    }

    @AfterAll
    static void stop() throws Exception {
        instance.close();
    }

    private static JsonNode get(String path) throws Exception {
        return Json.of(Http.get(instance.port(), path, "X-API-Key", KEY));
    }

    private static int status(String path) throws Exception {
        return Http.get(instance.port(), path, "X-API-Key", KEY).statusCode();
    }

    private static List<String> versionsOf(String type) throws Exception {
        JsonNode component = get("/api/registry/components/" + type);
        return StreamSupport.stream(component.path("versions").spliterator(), false).map(JsonNode::asText).toList();
    }

    /**
     * Waits until {@code count} versions of {@code type} are listed and each of them resolves: a version
     * is listed once its package is installed, and resolves once its component service is up.
     */
    private static void awaitVersions(String type, int count) throws InterruptedException {
        Eventually.await(WAIT, count + " versions of " + type + " are registered and resolve", () -> {
            try {
                List<String> versions = versionsOf(type);
                for (String version : versions) {
                    JsonNode exact = get("/api/registry/components/" + type + "?version=" + q("=" + version));
                    if (!version.equals(exact.path("version").asText())) {
                        return false;
                    }
                }
                return versions.size() == count;
            } catch (Exception e) {
                return false;
            }
        });
    }

    private static String q(String spec) {
        return URLEncoder.encode(spec, StandardCharsets.UTF_8);
    }

    @Test
    void twoVersionsLiveSideBySideAndAreResolvedByRange() throws Exception {
        TestBundles.packageBundle(instance.deployDir().resolve("echo-1.0.0.fmpkg"),
                PackageSpec.echo("it.echo.ranges", "1.0.0", "it-tests/echo-ranges", "it_echo_ranges"));
        TestBundles.packageBundle(instance.deployDir().resolve("echo-1.1.0.fmpkg"),
                PackageSpec.echo("it.echo.ranges", "1.1.0", "it-tests/echo-ranges", "it_echo_ranges"));
        awaitVersions("it_echo_ranges", 2);

        assertThat(versionsOf("it_echo_ranges")).containsExactly("1.0.0", "1.1.0");
        assertThat(get("/api/registry/components/it_echo_ranges").path("version").asText()).isEqualTo("1.1.0");
        assertThat(get("/api/registry/components/it_echo_ranges?version=" + q("=1.0.0")).path("version").asText()).isEqualTo("1.0.0");
        assertThat(get("/api/registry/components/it_echo_ranges?version=" + q("[1.0,1.1)")).path("version").asText()).isEqualTo("1.0.0");
        assertThat(get("/api/registry/components/it_echo_ranges?version=1.0.0").path("version").asText()).isEqualTo("1.1.0");

        JsonNode missing = get("/api/registry/components/it_echo_ranges?version=2.0.0");
        assertThat(status("/api/registry/components/it_echo_ranges?version=2.0.0")).isEqualTo(404);
        assertThat(missing.path("error").path("code").asText()).isEqualTo("component_version_not_found");
        assertThat(missing.path("error").path("suggestion").asText()).contains("1.0.0, 1.1.0");
    }

    @Test
    void aVersionRemovedWhileTheRegistryIsInUseLeavesTheOtherAnswering() throws Exception {
        TestBundles.packageBundle(instance.deployDir().resolve("busy-1.0.0.fmpkg"),
                PackageSpec.echo("it.echo.busy", "1.0.0", "it-tests/echo-busy", "it_echo_busy"));
        TestBundles.packageBundle(instance.deployDir().resolve("busy-2.0.0.fmpkg"),
                PackageSpec.echo("it.echo.busy", "2.0.0", "it-tests/echo-busy", "it_echo_busy"));
        awaitVersions("it_echo_busy", 2);

        AtomicBoolean removing = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(4);
        List<Future<List<Integer>>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(readers.submit(() -> {
                List<Integer> statuses = new ArrayList<>();
                while (removing.get()) {
                    statuses.add(status("/api/registry/components/it_echo_busy"));
                }
                return statuses;
            }));
        }
        Thread.sleep(200);
        int deleted = Http.delete(instance.port(), "/api/registry/components/it_echo_busy/2.0.0", KEY).statusCode();
        Thread.sleep(200);
        removing.set(false);
        List<Integer> statuses = new ArrayList<>();
        for (Future<List<Integer>> answer : answers) {
            statuses.addAll(answer.get());
        }
        readers.shutdown();

        assertThat(deleted).isEqualTo(204);
        assertThat(statuses).isNotEmpty().containsOnly(200);
        assertThat(versionsOf("it_echo_busy")).containsExactly("1.0.0");
        assertThat(get("/api/registry/components/it_echo_busy").path("version").asText()).isEqualTo("1.0.0");
    }

    @Test
    void aPackageWithAMissingImportIsListedWithTheRequirementItLacks() throws Exception {
        TestBundles.packageBundle(instance.deployDir().resolve("needy-1.0.0.fmpkg"),
                PackageSpec.echo("it.echo.needy", "1.0.0", "it-tests/needy", "it_needy").importing("com.acme.missing;version=\"[1.0,2)\""));

        Eventually.await(WAIT, "the package is listed", () -> packageNamed("it-tests/needy") != null);
        JsonNode pkg = packageNamed("it-tests/needy");
        assertThat(pkg.path("state").asText()).isEqualTo("failed");
        assertThat(pkg.path("load_error").asText()).contains("com.acme.missing");

        JsonNode component = componentNamed("it_needy");
        assertThat(component.path("is_available").asBoolean()).isFalse();
        assertThat(component.path("load_error").asText()).contains("com.acme.missing");
        assertThat(StreamSupport.stream(get("/api/registry/components").path("components").spliterator(), false)
                .map(c -> c.path("type").asText())).doesNotContain("it_needy");
    }

    @Test
    void aComponentWhoseActivationThrowsIsReportedUnavailableWithTheException() throws Exception {
        TestBundles.packageBundle(instance.deployDir().resolve("exploding-1.0.0.fmpkg"),
                PackageSpec.echo("it.exploding", "1.0.0", "it-tests/exploding", "it_exploding").exploding());

        Eventually.await(WAIT, "the failed activation is reported", () -> {
            JsonNode component = componentNamed("it_exploding");
            return component != null && component.path("load_error").asText().contains("refuses to start");
        });
        assertThat(componentNamed("it_exploding").path("is_available").asBoolean()).isFalse();
        assertThat(status("/api/health")).isEqualTo(200);
    }

    private static JsonNode packageNamed(String name) {
        try {
            for (JsonNode pkg : get("/api/packages").path("packages")) {
                if (name.equals(pkg.path("name").asText())) {
                    return pkg;
                }
            }
            return null;
        } catch (Exception e) {
            return null;
        }
    }

    private static JsonNode componentNamed(String type) {
        try {
            for (JsonNode component : get("/api/registry/components?include_inactive=true").path("components")) {
                if (type.equals(component.path("type").asText())) {
                    return component;
                }
            }
            return null;
        } catch (Exception e) {
            return null;
        }
    }
}
