package io.flowmason.executor.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowmason.executor.VersionSpec;
import org.junit.jupiter.api.Test;

class StageTargetTest {

    @Test
    void readsAPackageWithAVersionSpec() {
        StageTarget target = StageTarget.parse("acme-corp/support-classifier@1.2.0");
        assertThat(target.packageName()).isEqualTo("acme-corp/support-classifier");
        assertThat(target.spec()).isEqualTo(VersionSpec.parse("[1.2.0,2.0.0)"));
    }

    @Test
    void aScopedPackageKeepsItsLeadingAt() {
        StageTarget target = StageTarget.parse("@flowmason/loop@[1.0,1.1)");
        assertThat(target.packageName()).isEqualTo("@flowmason/loop");
        assertThat(target.spec()).isEqualTo(VersionSpec.parse("[1.0,1.1)"));
        assertThat(StageTarget.parse("@flowmason/loop").packageName()).isEqualTo("@flowmason/loop");
        assertThat(StageTarget.parse("@flowmason/loop").spec().isAny()).isTrue();
    }

    @Test
    void aBareSpecOrNothingAreAcceptedToo() {
        assertThat(StageTarget.parse("=1.0.0").packageName()).isNull();
        assertThat(StageTarget.parse("=1.0.0").spec()).isEqualTo(VersionSpec.parse("[1.0.0,1.0.0]"));
        assertThat(StageTarget.parse(null)).isEqualTo(StageTarget.ANY);
        assertThat(StageTarget.parse(" ")).isEqualTo(StageTarget.ANY);
    }

    @Test
    void aBadSpecSaysWhichFormsAreAccepted() {
        assertThatThrownBy(() -> StageTarget.parse("acme/x@latest")).hasMessageContaining("'latest' is not a version spec");
    }
}
