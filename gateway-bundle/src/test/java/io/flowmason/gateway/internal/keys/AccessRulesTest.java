package io.flowmason.gateway.internal.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.gateway.internal.keys.AccessRules.Need;
import org.junit.jupiter.api.Test;

class AccessRulesTest {

    private static Permission needed(String method, String path) {
        return AccessRules.needed(method, path).permission();
    }

    @Test
    void readingPipelinesRunsAndTheRegistryNeedsRead() {
        assertThat(needed("GET", "api/pipelines")).isEqualTo(Permission.PIPELINES_READ);
        assertThat(needed("GET", "api/pipelines/p/versions")).isEqualTo(Permission.PIPELINES_READ);
        assertThat(needed("HEAD", "api/runs/r1/trace")).isEqualTo(Permission.PIPELINES_READ);
        assertThat(needed("GET", "api/registry/components")).isEqualTo(Permission.PIPELINES_READ);
    }

    @Test
    void changingPipelinesNeedsWriteButRunningNeedsExecuteForThatPipeline() {
        assertThat(needed("POST", "api/pipelines")).isEqualTo(Permission.PIPELINES_WRITE);
        assertThat(needed("PUT", "api/pipelines/p")).isEqualTo(Permission.PIPELINES_WRITE);
        assertThat(needed("DELETE", "api/pipelines/p")).isEqualTo(Permission.PIPELINES_WRITE);
        assertThat(needed("POST", "api/pipelines/p/publish")).isEqualTo(Permission.PIPELINES_WRITE);
        assertThat(AccessRules.needed("POST", "api/pipelines/p/run")).isEqualTo(new Need(Permission.PIPELINES_EXECUTE, "p"));
        assertThat(needed("GET", "api/pipelines/p/run")).isEqualTo(Permission.PIPELINES_READ);
    }

    @Test
    void packagesAndDeploymentsNeedDeploy() {
        assertThat(needed("GET", "api/packages")).isEqualTo(Permission.PACKAGES_DEPLOY);
        assertThat(needed("POST", "api/packages/upload")).isEqualTo(Permission.PACKAGES_DEPLOY);
        assertThat(needed("POST", "api/registry/deploy")).isEqualTo(Permission.PACKAGES_DEPLOY);
        assertThat(needed("DELETE", "api/registry/components/t/1.0.0")).isEqualTo(Permission.PACKAGES_DEPLOY);
        assertThat(needed("POST", "api/registry/components/t/1.0.0/disable")).isEqualTo(Permission.PACKAGES_DEPLOY);
        assertThat(needed("POST", "api/registry/components/t/1.0.0/enable")).isEqualTo(Permission.PACKAGES_DEPLOY);
    }

    @Test
    void keysAndTheAuditLogNeedKeysAdmin() {
        assertThat(needed("GET", "api/keys")).isEqualTo(Permission.KEYS_ADMIN);
        assertThat(needed("POST", "api/keys")).isEqualTo(Permission.KEYS_ADMIN);
        assertThat(needed("DELETE", "api/keys/key_1")).isEqualTo(Permission.KEYS_ADMIN);
        assertThat(needed("GET", "api/audit")).isEqualTo(Permission.KEYS_ADMIN);
    }

    @Test
    void theInstanceDocumentAndTheProvidersNeedReadAndUsageNeedsKeysAdmin() {
        assertThat(needed("GET", "api/openapi.json")).isEqualTo(Permission.PIPELINES_READ);
        assertThat(needed("GET", "api/providers")).isEqualTo(Permission.PIPELINES_READ);
        assertThat(needed("GET", "api/usage")).isEqualTo(Permission.KEYS_ADMIN);
        assertThat(AccessRules.needed("PUT", "api/usage").ownerOnly()).isTrue();
    }

    @Test
    void everythingElseIsForTheOwnerAlone() {
        assertThat(AccessRules.needed("POST", "api/providers").ownerOnly()).isTrue();
        assertThat(AccessRules.needed("POST", "api/registry/refresh").ownerOnly()).isTrue();
        assertThat(AccessRules.needed("POST", "api/registry/components/t/1.0.0/restart").ownerOnly()).isTrue();
        assertThat(AccessRules.needed("DELETE", "api/runs/r1").ownerOnly()).isTrue();
        assertThat(AccessRules.needed("GET", "api/nothing-here").ownerOnly()).isTrue();
        assertThat(AccessRules.needed("GET", "elsewhere").ownerOnly()).isTrue();
        assertThat(AccessRules.needed("GET", "api/pipelines/../keys").ownerOnly()).isTrue();
    }
}
