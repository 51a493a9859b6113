package io.flowmason.gateway.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.gateway.internal.ApiError;
import org.junit.jupiter.api.Test;

class EdgeErrorsTest {

    private static ApiError.Body of(int status, String reason) {
        return EdgeErrors.of(status, reason, null).error();
    }

    @Test
    void eachStatusJettyRaisesHasItsOwnCode() {
        assertThat(of(414, "URI Too Long").code()).isEqualTo("uri_too_long");
        assertThat(of(431, "Request Header Fields Too Large").code()).isEqualTo("headers_too_large");
        assertThat(of(505, "Unknown Version").code()).isEqualTo("http_version_not_supported");
        assertThat(of(413, null).code()).isEqualTo("request_too_large");
        assertThat(of(404, null).code()).isEqualTo("not_found");
        assertThat(of(418, null).code()).isEqualTo("http_418");
    }

    @Test
    void aBadRequestIsNamedByWhatJettyFoundWrong() {
        assertThat(of(400, "Ambiguous URI path segment").code()).isEqualTo("invalid_uri");
        assertThat(of(400, "Bad HostPort").code()).isEqualTo("invalid_host");
        assertThat(of(400, "No Host").code()).isEqualTo("invalid_host");
        ApiError.Body other = of(400, "Illegal character CNTL=0x1");
        assertThat(other.code()).isEqualTo("bad_request");
        assertThat(other.message()).isEqualTo("The request cannot be read as HTTP: Illegal character CNTL=0x1.");
        assertThat(other.suggestion()).isNotBlank();
    }

    @Test
    void uriViolationsMakeAnInvalidUriWhateverTheReason() {
        ApiError.Body body = EdgeErrors.of(400, "Bad Request", "Ambiguous URI encoding; Suspicious Path Character").error();
        assertThat(body.code()).isEqualTo("invalid_uri");
        assertThat(body.message()).contains("Ambiguous URI encoding; Suspicious Path Character");
    }

    @Test
    void serverErrorsSayNothingOfTheirCause() {
        ApiError.Body body = of(500, "java.lang.NullPointerException: secret at com.example.Thing");
        assertThat(body.code()).isEqualTo("internal_error");
        assertThat(body.message()).doesNotContain("NullPointer", "secret");
    }

    @Test
    void aLongReasonIsCut() {
        assertThat(of(400, "x".repeat(5000)).message()).hasSizeLessThan(300);
    }
}
