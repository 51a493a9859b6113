package io.flowmason.gateway.internal.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.gateway.internal.ApiError;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorizationTest {

    private static final KeyIdentity RUNNER = new KeyIdentity("key_1", "runner", EnumSet.of(Permission.PIPELINES_EXECUTE),
            Set.of("shout"), null, null, KeyBudget.NONE);

    @Test
    void theOwnerMayDoAnything() {
        assertThat(Authorization.refusal(KeyIdentity.OWNER, "GET", "api/providers")).isEmpty();
        assertThat(Authorization.refusal(KeyIdentity.OWNER, "POST", "api/keys")).isEmpty();
    }

    @Test
    void aKeyMayRunOnlyItsPipelines() {
        assertThat(Authorization.refusal(RUNNER, "POST", "api/pipelines/shout/run")).isEmpty();
        ApiError.Body refused = Authorization.refusal(RUNNER, "POST", "api/pipelines/other/run").orElseThrow().error();
        assertThat(refused.code()).isEqualTo("forbidden");
        assertThat(refused.message()).contains("runner", "shout", "other");
    }

    @Test
    void aMissingPermissionIsNamedWithTheKey() {
        ApiError.Body refused = Authorization.refusal(RUNNER, "GET", "api/packages").orElseThrow().error();
        assertThat(refused.message()).contains("packages:deploy", "runner");
        assertThat(refused.suggestion()).contains("packages:deploy");
        assertThat(Authorization.refusal(RUNNER, "POST", "api/registry/refresh").orElseThrow().error().message()).contains("owner key");
    }
}
