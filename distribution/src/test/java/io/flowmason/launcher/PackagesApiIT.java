package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowmason.launcher.TestBundles.PackageSpec;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packages over HTTP against the assembled instance: upload, duplicates, bad files, the deploy folder. */
class PackagesApiIT {

    private static final String KEY = "packages-owner-key-0123456";

    @TempDir
    static Path work;

    @TempDir
    Path files;

    static int port;
    static DistributionProcess instance;

    @BeforeAll
    static void start() throws Exception {
        port = Http.freePort();
        instance = DistributionProcess.start(work, port, KEY);
    }

    @AfterAll
    static void stop() throws Exception {
        instance.terminate();
    }

    private static JsonNode get(String path) throws Exception {
        return Json.of(Http.get(port, path, "X-API-Key", KEY));
    }

    private static long packageCount() throws Exception {
        return get("/api/packages").path("packages").size();
    }

    private static boolean listed(String type) {
        try {
            return StreamSupport.stream(get("/api/registry/components").path("components").spliterator(), false)
                    .anyMatch(c -> type.equals(c.path("type").asText()));
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void anUploadedPackageIsCreatedListedWithItsSchemasAndRefusedTheSecondTime() throws Exception {
        Path file = TestBundles.packageBundle(files.resolve("upload-1.0.0.fmpkg"),
                PackageSpec.echo("it.upload", "1.0.0", "it-tests/upload", "it_upload"));

        HttpResponse<String> created = Http.upload(port, "/api/packages/upload", file, KEY);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode pkg = Json.of(created).path("package");
        assertThat(pkg.path("name").asText()).isEqualTo("it-tests/upload");
        assertThat(pkg.path("version").asText()).isEqualTo("1.0.0");
        assertThat(pkg.path("bundle_symbolic_name").asText()).isEqualTo("it.upload");
        assertThat(pkg.path("source").asText()).isEqualTo("upload");
        assertThat(pkg.path("sha256").asText()).hasSize(64);
        assertThat(pkg.path("components").toString()).contains("it_upload");

        Eventually.await(Duration.ofSeconds(5), "the component is listed", () -> listed("it_upload"));
        JsonNode component = get("/api/registry/components/it_upload");
        assertThat(component.path("kind").asText()).isEqualTo("operator");
        assertThat(component.path("package_name").asText()).isEqualTo("it-tests/upload");
        assertThat(component.path("input_schema").path("properties").has("text")).isTrue();
        assertThat(component.path("is_available").asBoolean()).isTrue();

        HttpResponse<String> again = Http.upload(port, "/api/registry/deploy", file, KEY);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Json.of(again).path("error").path("code").asText()).isEqualTo("package_exists");
    }

    @Test
    void aSecondPackageCarryingTheSameComponentVersionIsRefused() throws Exception {
        Path first = TestBundles.packageBundle(files.resolve("clash-a.fmpkg"),
                PackageSpec.echo("it.clash.a", "1.0.0", "it-tests/clash-a", "it_clash"));
        Path second = TestBundles.packageBundle(files.resolve("clash-b.fmpkg"),
                PackageSpec.echo("it.clash.b", "1.0.0", "it-tests/clash-b", "it_clash"));
        assertThat(Http.upload(port, "/api/packages/upload", first, KEY).statusCode()).isEqualTo(201);
        long before = packageCount();

        HttpResponse<String> clash = Http.upload(port, "/api/packages/upload", second, KEY);

        assertThat(clash.statusCode()).isEqualTo(409);
        JsonNode error = Json.of(clash).path("error");
        assertThat(error.path("code").asText()).isEqualTo("component_exists");
        assertThat(error.path("message").asText()).contains("it_clash 1.0.0", "it-tests/clash-a");
        assertThat(packageCount()).isEqualTo(before);
    }

    @Test
    void randomBytesAndTextAreRefusedAndLeaveThePackageListAsItWas() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path random = Files.write(files.resolve("random.fmpkg"), noise);
        Path text = Files.writeString(files.resolve("notes.fmpkg"), "this is not a package");
        long before = packageCount();

        for (Path bad : new Path[] {random, text}) {
            HttpResponse<String> answer = Http.upload(port, "/api/packages/upload", bad, KEY);
            assertThat(answer.statusCode()).as(answer.body()).isBetween(400, 499);
            assertThat(Json.of(answer).path("error").path("code").asText()).isEqualTo("not_a_package");
            assertThat(Json.of(answer).path("error").path("suggestion").asText()).isNotBlank();
            assertThat(Json.of(answer).path("error").path("message").asText()).as("the refusal names the file as it was sent")
                    .startsWith(bad.getFileName().toString());
        }

        assertThat(packageCount()).isEqualTo(before);
        try (var stored = Files.list(work.resolve("data/packages"))) {
            assertThat(stored.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("random") || n.contains("notes"));
        }
    }

    @Test
    void aBundleThatIsNotAPackageIsRefusedWithEveryProblem() throws Exception {
        Path plain = TestBundles.greetingBundle(files.resolve("plain.fmpkg"), "it.plain", "1.0.0", "hi");

        HttpResponse<String> answer = Http.upload(port, "/api/packages/upload", plain, KEY);

        assertThat(answer.statusCode()).isEqualTo(422);
        JsonNode error = Json.of(answer).path("error");
        assertThat(error.path("code").asText()).isEqualTo("invalid_package");
        assertThat(error.path("details").toString()).contains("FlowMason-Package", "components.json");
    }

    @Test
    void anUploadWithoutAKeyIsRefused() throws Exception {
        Path file = TestBundles.packageBundle(files.resolve("nokey-1.0.0.fmpkg"),
                PackageSpec.echo("it.nokey", "1.0.0", "it-tests/nokey", "it_nokey"));

        assertThat(Http.upload(port, "/api/packages/upload", file, "wrong-key-0000000000").statusCode()).isEqualTo(401);
        assertThat(listed("it_nokey")).isFalse();
    }

    @Test
    void aFileDroppedInTheDeployFolderIsListedWithinASecondAndGoesWhenDeleted() throws Exception {
        Path staged = TestBundles.packageBundle(files.resolve("dropped-1.0.0.fmpkg"),
                PackageSpec.echo("it.dropped", "1.0.0", "it-tests/dropped", "it_dropped"));
        Path target = work.resolve("deploy/dropped-1.0.0.fmpkg");

        long landed = System.nanoTime();
        Files.move(staged, target);
        Eventually.await(Duration.ofSeconds(1), "the dropped package is listed", () -> listed("it_dropped"));
        System.out.printf("deploy folder -> listed in %d ms%n", (System.nanoTime() - landed) / 1_000_000);
        assertThat(get("/api/registry/components/it_dropped").path("package_name").asText()).isEqualTo("it-tests/dropped");

        Files.delete(target);
        Eventually.await(Duration.ofSeconds(2), "the deleted package is gone", () -> !listed("it_dropped"));
    }

    @Test
    void aFileInTheDeployFolderThatIsNotAPackageIsReported() throws Exception {
        Files.writeString(work.resolve("deploy/readme.txt"), "dropped here by mistake");

        Eventually.await(Duration.ofSeconds(5), "the refused file is listed", () -> {
            try {
                return get("/api/packages").path("packages").toString().contains("readme.txt");
            } catch (Exception e) {
                return false;
            }
        });
        JsonNode report = StreamSupport.stream(get("/api/packages").path("packages").spliterator(), false)
                .filter(p -> "readme.txt".equals(p.path("name").asText())).findFirst().orElseThrow();
        assertThat(report.path("state").asText()).isEqualTo("failed");
        assertThat(report.path("load_error").asText()).contains("not a zip");
    }
}
