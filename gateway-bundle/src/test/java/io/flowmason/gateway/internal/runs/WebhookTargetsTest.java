package io.flowmason.gateway.internal.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowmason.gateway.internal.ApiException;
import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

    @Test
    void outsideProductionAnyHttpUrlIsTaken() {
        assertThat(new WebhookTargets(false).check(" http://127.0.0.1:9000/hook ")).isEqualTo("http://127.0.0.1:9000/hook");
        assertThat(new WebhookTargets(false).check(null)).isNull();
    }

    @Test
    void inProductionTheInstancesOwnNetworkIsRefused() {
        WebhookTargets production = new WebhookTargets(true);
        for (String url : new String[] {"http://127.0.0.1/x", "http://169.254.169.254/latest/meta-data", "https://10.0.0.7/h",
                "http://[::1]:8080/"}) {
            assertThatThrownBy(() -> production.check(url)).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.getMessage()).contains("points into the instance's own network"));
        }
        assertThat(production.check("https://93.184.216.34/hook")).isEqualTo("https://93.184.216.34/hook");
    }

    @Test
    void onlyAbsoluteHttpUrlsAreWebhooks() {
        assertThatThrownBy(() -> new WebhookTargets(false).check("ftp://example.com/x")).hasMessageContaining("is not an http(s) URL");
        assertThatThrownBy(() -> new WebhookTargets(false).check("/relative")).hasMessageContaining("is not an http(s) URL");
        assertThatThrownBy(() -> new WebhookTargets(false).check("http://bad host/")).hasMessageContaining("is not an http(s) URL");
    }
}
