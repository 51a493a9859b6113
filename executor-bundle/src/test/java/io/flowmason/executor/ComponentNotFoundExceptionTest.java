package io.flowmason.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComponentNotFoundExceptionTest {

    @Test
    void namesTheInstalledVersionsWhenNoneMatches() {
        ComponentNotFoundException e = new ComponentNotFoundException("triage", VersionSpec.parse("2.0.0"), List.of("1.0.0", "1.1.0"));
        assertThat(e).hasMessage("no active version of 'triage' matches 2.0.0; installed: 1.0.0, 1.1.0");
        assertThat(e.installedVersions()).containsExactly("1.0.0", "1.1.0");
    }

    @Test
    void saysSoWhenTheTypeIsNotDeployedAtAll() {
        assertThat(new ComponentNotFoundException("triage", VersionSpec.any(), List.of()))
                .hasMessage("no component of type 'triage' is deployed");
    }
}
