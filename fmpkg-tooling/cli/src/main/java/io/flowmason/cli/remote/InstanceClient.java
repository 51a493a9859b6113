package io.flowmason.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowmason.cli.CliFailure;
import io.flowmason.cli.ExitCodes;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/** An instance's HTTP API, called with one API key (sent as {@code X-API-Key}). */
final class InstanceClient {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Long enough for a synchronous run of a pipeline that calls LLMs. */
    static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final URI instance;
    private final String apiKey;

    /** @param instance the base URL, without a trailing slash */
    InstanceClient(URI instance, String apiKey) {
        this.instance = instance;
        this.apiKey = apiKey;
    }

    URI instance() {
        return instance;
    }

    ApiResponse get(String path) {
        return send(request(path).GET());
    }

    ApiResponse delete(String path) {
        return send(request(path).DELETE());
    }

    ApiResponse post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
    }

    ApiResponse put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(BodyPublishers.ofString(json)));
    }

    /** POSTs the file as the multipart form field {@code file}; {@code sent} hears how much of it went out so far. */
    ApiResponse upload(String path, Path file, CountingBodyPublisher.Listener sent) {
        MultipartFile form;
        try {
            form = MultipartFile.of("file", file);
        } catch (IOException e) {
            throw new CliFailure(ExitCodes.FAILED, "cannot read " + file + ": " + e.getMessage(), e);
        }
        return send(request(path).header("Content-Type", form.contentType())
                .POST(new CountingBodyPublisher(form.body(), sent)));
    }

    /** The answer's JSON when its status is one of {@code expected}; otherwise the failure the instance described. */
    JsonNode expect(ApiResponse response, int... expected) {
        if (!response.hasStatus(expected)) {
            throw ApiFailures.refused(response, instance);
        }
        return response.body();
    }

    /** A path segment or query value, percent-encoded. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instance + path)).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json");
        return apiKey == null ? request : request.header("X-API-Key", apiKey);
    }

    private ApiResponse send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiResponse(response.statusCode(), Json.parseOrMissing(response.body()), response.body());
        } catch (IOException e) {
            throw ApiFailures.unreachable(instance, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCodes.FAILED, "interrupted while waiting for " + instance, e);
        }
    }
}
