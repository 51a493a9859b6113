package io.flowmason.gateway.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PackageUploadTest {

    @Test
    void anUploadKeepsTheNameItWasSentWith() {
        assertThat(PackageUpload.safeName("text-tools-1.0.0.fmpkg")).isEqualTo("text-tools-1.0.0.fmpkg");
    }

    @Test
    void aSentNameLosesItsPathAndUnsafeCharacters() {
        assertThat(PackageUpload.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(PackageUpload.safeName("C:\\builds\\my tools.fmpkg")).isEqualTo("my_tools.fmpkg");
        assertThat(PackageUpload.safeName("..")).isEqualTo("upload.fmpkg");
        assertThat(PackageUpload.safeName("")).isEqualTo("upload.fmpkg");
        assertThat(PackageUpload.safeName(null)).isEqualTo("upload.fmpkg");
    }
}
