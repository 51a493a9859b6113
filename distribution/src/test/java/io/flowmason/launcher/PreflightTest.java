package io.flowmason.launcher;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightTest {

    @TempDir
    Path dir;

    @Test
    void aPortInUseIsReportedWithTheSettingToChange() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));

            assertThatThrownBy(() -> Preflight.portFree("127.0.0.1", taken.getLocalPort()))
                    .hasMessageContaining("port " + taken.getLocalPort())
                    .hasMessageContaining("already in use")
                    .hasMessageContaining("FLOWMASON_HTTP_PORT");
        }
    }

    @Test
    void aFreePortPasses() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        assertThatCode(() -> Preflight.portFree("127.0.0.1", port)).doesNotThrowAnyException();
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsReported() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");

        assertThatThrownBy(() -> Preflight.writableDirectory(file.resolve("data"), "FLOWMASON_DATA_DIR"))
                .hasMessageContaining("is not writable")
                .hasMessageContaining("point FLOWMASON_DATA_DIR at a directory this user can write");
    }

    @Test
    void aMissingDirectoryIsCreated() throws Exception {
        Path deploy = dir.resolve("new/deploy");

        Preflight.writableDirectory(deploy, "FLOWMASON_DEPLOY_DIR");

        assertThatCode(() -> Files.isDirectory(deploy)).doesNotThrowAnyException();
        org.assertj.core.api.Assertions.assertThat(deploy).isDirectory();
    }
}
