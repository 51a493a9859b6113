package io.flowmason.gateway.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandardErrorsTest {

    @Test
    void namesTheMissingResourceAndHowToFindTheRightOne() {
        ApiError.Body error = StandardErrors.forStatus(404, "GET", "api/nope").error();
        assertThat(error.code()).isEqualTo("not_found");
        assertThat(error.message()).contains("GET /api/nope");
        assertThat(error.suggestion()).isNotBlank();
        assertThat(error.details()).isEmpty();
    }

    @Test
    void givesEachClientStatusItsOwnCode() {
        assertThat(StandardErrors.forStatus(405, "DELETE", "/api/health").error().code()).isEqualTo("method_not_allowed");
        assertThat(StandardErrors.forStatus(415, "POST", "api/x").error().code()).isEqualTo("unsupported_media_type");
        assertThat(StandardErrors.forStatus(418, "GET", "api/x").error().code()).isEqualTo("http_418");
    }

    @Test
    void neverRevealsDetailsOfServerFailures() {
        ApiError.Body error = StandardErrors.forStatus(503, "GET", "api/secret/path").error();
        assertThat(error.code()).isEqualTo("internal_error");
        assertThat(error.message()).doesNotContain("secret");
    }
}
