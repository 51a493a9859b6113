package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/flowmason refuses to start with one clear line and a non-zero exit when it cannot work. */
class StartupRefusalIT {

    @TempDir
    Path work;

    private Map<String, String> settings(int port) {
        Map<String, String> env = new HashMap<>();
        env.put("FLOWMASON_HTTP_PORT", Integer.toString(port));
        env.put("FLOWMASON_DATA_DIR", work.resolve("data").toString());
        env.put("FLOWMASON_DEPLOY_DIR", work.resolve("deploy").toString());
        return env;
    }

    private void assertRefused(Map<String, String> env, String... reasons) throws Exception {
        try (DistributionProcess process = DistributionProcess.launch(work.resolve("run"), env)) {
            int exit = process.awaitExit(Duration.ofSeconds(30));

            assertThat(exit).isEqualTo(Main.EXIT_CANNOT_START);
            assertThat(process.stderr().strip()).doesNotContain("\n").startsWith("flowmason: cannot start: ").contains(reasons);
            assertThat(process.stdout()).doesNotContain("started in");
        }
    }

    @Test
    void productionWithoutConsoleCredentials() throws Exception {
        Map<String, String> env = settings(Http.freePort());
        env.put("FLOWMASON_ENV", "production");

        assertRefused(env, "production needs Web Console credentials", "FLOWMASON_CONSOLE_PASSWORD");
    }

    @Test
    void productionWithTheDefaultConsolePassword() throws Exception {
        Map<String, String> env = settings(Http.freePort());
        env.put("FLOWMASON_ENV", "production");
        env.put("FLOWMASON_CONSOLE_USER", "admin");
        env.put("FLOWMASON_CONSOLE_PASSWORD", "admin");

        assertRefused(env, "default admin/admin");
    }

    @Test
    void aPortAlreadyInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));

            assertRefused(settings(taken.getLocalPort()), "port " + taken.getLocalPort(), "already in use");
        }
    }

    @Test
    void aDataDirectoryThatCannotBeWritten() throws Exception {
        Path notADirectory = Files.writeString(work.resolve("occupied"), "a file where the data directory should be");
        Map<String, String> env = settings(Http.freePort());
        env.put("FLOWMASON_DATA_DIR", notADirectory.resolve("data").toString());

        assertRefused(env, "FLOWMASON_DATA_DIR", "is not writable");
    }

    @Test
    void aBadSetting() throws Exception {
        Map<String, String> env = settings(Http.freePort());
        env.put("FLOWMASON_HTTP_PORT", "http");

        assertRefused(env, "FLOWMASON_HTTP_PORT='http'", "a port number");
    }
}
