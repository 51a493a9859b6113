package io.flowmason.core.httprequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** http_request against a real local HTTP server. */
class HttpRequestTest {

    private HttpServer server;
    private String base;
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/json", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = "{\"ok\": true, \"items\": [1, 2]}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/text", exchange -> {
            byte[] body = "plain words".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/big", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write(new byte[4096]);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/away", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://localhost:" + server.getAddress().getPort() + "/json");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/here", exchange -> {
            exchange.getResponseHeaders().add("Location", "/json");
            exchange.sendResponseHeaders(303, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static HttpRequest operator(boolean allowPrivate, String... hosts) {
        return new HttpRequest(config(hosts, allowPrivate, 1024));
    }

    private static HttpRequest.Output call(HttpRequest operator, HttpRequest.Input input) throws Exception {
        return operator.execute(input, null).toCompletableFuture().join();
    }

    private static ComponentException failure(HttpRequest operator, HttpRequest.Input input) {
        try {
            call(operator, input);
        } catch (CompletionException e) {
            return (ComponentException) e.getCause();
        } catch (ComponentException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the call succeeded");
    }

    private static HttpRequest.Input get(String url) {
        return new HttpRequest.Input(url, null, null, null, null);
    }

    @Test
    void callsAnAllowedHostAndParsesItsJson() throws Exception {
        HttpRequest.Output output = call(operator(true, "127.0.0.1"), new HttpRequest.Input(base + "/json",
                HttpRequest.Method.POST, Map.of("X-Trace", "t1"), Map.of("name", "Ada"), 2000));

        assertThat(output.status()).isEqualTo(200);
        assertThat(output.headers()).containsEntry("content-type", "application/json");
        assertThat(output.body()).isEqualTo(Map.of("ok", true, "items", List.of(1, 2)));
        assertThat(received).containsExactly("POST application/json {\"name\":\"Ada\"}");
    }

    @Test
    void aNonJsonAnswerIsTextAndAnErrorStatusIsJustAnOutput() throws Exception {
        HttpRequest.Output output = call(operator(true, "127.0.0.1"), get(base + "/text"));
        assertThat(output.status()).isEqualTo(404);
        assertThat(output.body()).isEqualTo("plain words");
    }

    @Test
    void aHostOffTheAllowListIsRefusedBeforeAnythingIsSent() {
        ComponentException refused = failure(operator(true, "api.example.com, *.acme.com"), get(base + "/json"));
        assertThat(refused.type()).isEqualTo(ErrorType.CONFIGURATION);
        assertThat(refused.getMessage()).contains("host 127.0.0.1 is not on the allow-list", "allowed_hosts");
        assertThat(received).isEmpty();
    }

    @Test
    void anEntryMayListSeveralHostsAndWildcardsMatchSubdomains() throws Exception {
        assertThat(call(operator(true, "api.example.com,127.0.0.1"), get(base + "/json")).status()).isEqualTo(200);
        HostPolicy policy = new HostPolicy(new String[] {"*.acme.com"}, true);
        assertThat(policy.refusal(java.net.URI.create("https://eu.api.acme.com/x"))).isNull();
        assertThat(policy.refusal(java.net.URI.create("https://acme.com.evil.io/x"))).contains("not on the allow-list");
    }

    @Test
    void theInstancesOwnNetworkIsRefusedUnlessAllowed() {
        ComponentException refused = failure(operator(false, "127.0.0.1"), get(base + "/json"));
        assertThat(refused.getMessage()).contains("inside the instance's network", "allow_private_addresses");
        assertThat(received).isEmpty();
    }

    @Test
    void linkLocalMetadataAndPrivateAddressesAreInternal() throws Exception {
        assertThat(HostPolicy.internal(InetAddress.getByName("169.254.169.254"))).isTrue();
        assertThat(HostPolicy.internal(InetAddress.getByName("10.1.2.3"))).isTrue();
        assertThat(HostPolicy.internal(InetAddress.getByName("192.168.0.1"))).isTrue();
        assertThat(HostPolicy.internal(InetAddress.getByName("fd00::1"))).isTrue();
        assertThat(HostPolicy.internal(InetAddress.getByName("93.184.216.34"))).isFalse();
    }

    @Test
    void aRedirectToAHostOffTheListIsNotFollowedButOneToTheSameHostIs() throws Exception {
        ComponentException refused = failure(operator(true, "127.0.0.1"), get(base + "/away"));
        assertThat(refused.getMessage()).contains("host localhost is not on the allow-list");

        HttpRequest.Output followed = call(operator(true, "127.0.0.1"), get(base + "/here"));
        assertThat(followed.status()).isEqualTo(200);
        assertThat(received).containsExactly("GET null ");
    }

    @Test
    void anAnswerOverTheSizeLimitIsRefused() {
        ComponentException refused = failure(operator(true, "127.0.0.1"), get(base + "/big"));
        assertThat(refused.type()).isEqualTo(ErrorType.UPSTREAM);
        assertThat(refused.getMessage()).contains("larger than 1024 bytes");
    }

    @Test
    void aSlowHostTimesOutRetryably() {
        ComponentException slow = failure(operator(true, "127.0.0.1"), new HttpRequest.Input(base + "/slow", null, null, null, 200));
        assertThat(slow.type()).isEqualTo(ErrorType.TIMEOUT);
        assertThat(slow.retryable()).isTrue();
    }

    @Test
    void onlyHttpAndHttpsAreCalled() {
        assertThat(failure(operator(true, "*"), get("file:///etc/passwd")).getMessage()).contains("only http and https");
    }

    @Test
    void theDescriptorDescribesItsSchemas() throws Exception {
        JsonNode component;
        try (InputStream in = HttpRequestTest.class.getClassLoader().getResourceAsStream("OSGI-INF/flowmason/components.json")) {
            component = new ObjectMapper().readTree(in).path("components").get(0);
        }
        assertThat(component.path("type").asText()).isEqualTo("http_request");
        JsonNode input = component.path("input_schema");
        assertThat(input.path("required").toString()).isEqualTo("[\"url\"]");
        assertThat(input.path("properties").path("method").path("enum").toString())
                .isEqualTo("[\"GET\",\"POST\",\"PUT\",\"PATCH\",\"DELETE\",\"HEAD\"]");
        assertThat(input.path("properties").path("timeout_ms").path("type").asText()).isEqualTo("integer");
        assertThat(component.path("output_schema").path("properties").fieldNames()).toIterable()
                .containsExactly("status", "headers", "body");
    }

    static HttpRequestConfig config(String[] hosts, boolean allowPrivate, int maxBytes) {
        return new HttpRequestConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return HttpRequestConfig.class;
            }

            @Override
            public String[] allowed_hosts() {
                return hosts;
            }

            @Override
            public boolean allow_private_addresses() {
                return allowPrivate;
            }

            @Override
            public int max_response_bytes() {
                return maxBytes;
            }

            @Override
            public int default_timeout_ms() {
                return 5000;
            }

            @Override
            public int max_redirects() {
                return 3;
            }
        };
    }
}
