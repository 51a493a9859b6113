package io.flowmason.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class VersionSpecTest {

    private static boolean accepts(String spec, String version) {
        return VersionSpec.parse(spec).includes(Version.parseVersion(version));
    }

    @Test
    void aPlainVersionMeansCompatibleUpToTheNextMajor() {
        assertThat(accepts("1.2.0", "1.2.0")).isTrue();
        assertThat(accepts("1.2.0", "1.9.3")).isTrue();
        assertThat(accepts("1.2.0", "1.1.9")).isFalse();
        assertThat(accepts("1.2.0", "2.0.0")).isFalse();
        assertThat(VersionSpec.parse("1.2").range().toString()).isEqualTo("[1.2.0,2.0.0)");
    }

    @Test
    void anEqualsSignMeansExactlyThatVersion() {
        assertThat(accepts("=1.2.0", "1.2.0")).isTrue();
        assertThat(accepts("=1.2.0", "1.2.1")).isFalse();
        assertThat(accepts("= 1.2.0", "1.2.0")).isTrue();
    }

    @Test
    void osgiRangesAreTakenAsWritten() {
        assertThat(accepts("[1.0,1.1)", "1.0.9")).isTrue();
        assertThat(accepts("[1.0,1.1)", "1.1.0")).isFalse();
        assertThat(accepts("(1.0,2.0]", "1.0.0")).isFalse();
        assertThat(accepts("(1.0,2.0]", "2.0.0")).isTrue();
    }

    @Test
    void nothingWrittenAcceptsAnyVersion() {
        assertThat(VersionSpec.parse(null).isAny()).isTrue();
        assertThat(VersionSpec.parse("  ").isAny()).isTrue();
        assertThat(accepts("", "0.0.1")).isTrue();
        assertThat(accepts("", "99.0.0")).isTrue();
        assertThat(VersionSpec.any()).hasToString("any version");
    }

    @Test
    void nonsenseIsRefusedNamingTheAcceptedForms() {
        assertThatThrownBy(() -> VersionSpec.parse("latest"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'latest' is not a version spec")
                .hasMessageContaining("=1.2.0")
                .hasMessageContaining("[1.2,1.3)");
        assertThatThrownBy(() -> VersionSpec.parse("[2.0,1.0)")).hasMessageContaining("accepts no version at all");
    }

    @Test
    void specsWithTheSameRangeAreEqual() {
        assertThat(VersionSpec.parse("1.2.0")).isEqualTo(VersionSpec.parse("[1.2.0,2.0.0)"));
        assertThat(VersionSpec.parse("1.2.0")).isNotEqualTo(VersionSpec.parse("=1.2.0"));
    }
}
