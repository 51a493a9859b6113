package io.flowmason.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class UploadProgressTest {

    private final StringWriter err = new StringWriter();

    private String shown() {
        return err.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void inALogPrintsALineAtEachQuarterOnly() {
        UploadProgress progress = new UploadProgress(new PrintWriter(err), "big.fmpkg", false);

        for (long sent = 0; sent <= 4096; sent += 256) {
            progress.sent(sent, 4096);
        }
        progress.finish();

        assertThat(shown()).isEqualTo("""
                Uploading big.fmpkg: 25% (1.0 KB of 4.0 KB)
                Uploading big.fmpkg: 50% (2.0 KB of 4.0 KB)
                Uploading big.fmpkg: 75% (3.0 KB of 4.0 KB)
                Uploading big.fmpkg: 100% (4.0 KB of 4.0 KB)
                """);
    }

    @Test
    void onATerminalRewritesOneLineAndEndsIt() {
        UploadProgress progress = new UploadProgress(new PrintWriter(err), "p.fmpkg", true);

        progress.sent(500, 1000);
        progress.sent(500, 1000);
        progress.sent(1000, 1000);
        progress.finish();

        assertThat(shown()).isEqualTo("\rUploading p.fmpkg: 50% (500 B of 1000 B)\rUploading p.fmpkg: 100% (1000 B of 1000 B)\n");
    }

    @Test
    void sizesReadAsBytesKilobytesOrMegabytes() {
        assertThat(UploadProgress.bytes(1023)).isEqualTo("1023 B");
        assertThat(UploadProgress.bytes(1536)).isEqualTo("1.5 KB");
        assertThat(UploadProgress.bytes(50L * 1024 * 1024)).isEqualTo("50.0 MB");
    }
}
