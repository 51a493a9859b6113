package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without FLOWMASON_ADMIN_KEY the first start generates the owner key, prints it once and keeps it. */
class OwnerKeyGenerationIT {

    private static final Pattern PRINTED_KEY = Pattern.compile("flowmason:\\s+(fm_owner_[A-Za-z0-9_-]+)");

    @TempDir
    Path work;

    @Test
    void theGeneratedKeyIsPrintedOnceKeptPrivateAndWorksAcrossRestarts() throws Exception {
        int port = Http.freePort();
        Map<String, String> env = Map.of(
                "FLOWMASON_HTTP_PORT", Integer.toString(port),
                "FLOWMASON_DATA_DIR", work.resolve("data").toString(),
                "FLOWMASON_DEPLOY_DIR", work.resolve("deploy").toString());

        String key;
        try (DistributionProcess first = DistributionProcess.launch(work.resolve("first"), env).awaitReady(port)) {
            Matcher printed = PRINTED_KEY.matcher(first.stdout());
            assertThat(printed.find()).as("the key is printed on first start:\n" + first.stdout()).isTrue();
            key = printed.group(1);

            Path file = work.resolve("data/admin.key");
            assertThat(Files.readString(file).trim()).isEqualTo(key);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(Http.get(port, "/api/anything", "X-API-Key", key).statusCode()).isEqualTo(404);
            assertThat(first.terminate()).isZero();
        }

        try (DistributionProcess second = DistributionProcess.launch(work.resolve("second"), env).awaitReady(port)) {
            assertThat(second.stdout()).doesNotContain(key).doesNotContain("owner key was generated");
            assertThat(Http.get(port, "/api/anything", "X-API-Key", key).statusCode()).isEqualTo(404);
            assertThat(second.terminate()).isZero();
        }
    }
}
