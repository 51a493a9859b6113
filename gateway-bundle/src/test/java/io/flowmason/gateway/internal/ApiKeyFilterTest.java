package io.flowmason.gateway.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiKeyFilterTest {

    @Test
    void takesTheKeyFromXApiKeyFirst() {
        assertThat(ApiKeyFilter.presentedKey(" k1 ", "Bearer k2")).isEqualTo("k1");
    }

    @Test
    void takesTheKeyFromABearerAuthorizationOfAnyCase() {
        assertThat(ApiKeyFilter.presentedKey(null, "Bearer abc")).isEqualTo("abc");
        assertThat(ApiKeyFilter.presentedKey("  ", "bearer abc")).isEqualTo("abc");
    }

    @Test
    void findsNoKeyInOtherSchemesOrEmptyHeaders() {
        assertThat(ApiKeyFilter.presentedKey(null, null)).isNull();
        assertThat(ApiKeyFilter.presentedKey("", "Basic dXNlcjpwYXNz")).isNull();
        assertThat(ApiKeyFilter.presentedKey(null, "Bearer    ")).isNull();
        assertThat(ApiKeyFilter.presentedKey(null, "Bearer")).isNull();
    }

    @Test
    void normalizesSlashesSoPublicPathsAreRecognisedExactly() {
        assertThat(ApiKeyFilter.normalize("/api/health")).isEqualTo("api/health");
        assertThat(ApiKeyFilter.normalize("//api//ready/")).isEqualTo("api/ready");
        assertThat(ApiKeyFilter.normalize("api/health/extra")).isEqualTo("api/health/extra");
        assertThat(ApiKeyFilter.normalize("/")).isEmpty();
        assertThat(ApiKeyFilter.PUBLIC_PATHS).doesNotContain(ApiKeyFilter.normalize("/api/health/../keys"));
    }

    @Test
    void theDocsPageAndItsFilesArePublicButNothingElseIs() {
        assertThat(ApiKeyFilter.isPublic("api/docs")).isTrue();
        assertThat(ApiKeyFilter.isPublic("api/docs/swagger-ui-bundle.js")).isTrue();
        assertThat(ApiKeyFilter.isPublic("api/health")).isTrue();
        assertThat(ApiKeyFilter.isPublic("api/openapi.json")).isFalse();
        assertThat(ApiKeyFilter.isPublic("api/pipelines/x/openapi.json")).isFalse();
        assertThat(ApiKeyFilter.isPublic("api/docsx")).isFalse();
        assertThat(ApiKeyFilter.isPublic("api/docs/../keys")).isFalse();
        assertThat(ApiKeyFilter.isPublic("api/health/x")).isFalse();
    }
}
