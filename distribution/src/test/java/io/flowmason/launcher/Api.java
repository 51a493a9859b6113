package io.flowmason.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** The instance's JSON API as a test calls it: real HTTP over loopback with the owner key. */
final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: its status, its JSON body (MissingNode when empty or not JSON), and its headers. */
    record Reply(int status, JsonNode body, java.net.http.HttpHeaders headers, String text) {

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        String errorCode() {
            return body.path("error").path("code").asText();
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    private final int port;
    private final String key;

    Api(int port, String key) {
        this.port = port;
        this.key = key;
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    Reply delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    Reply post(String path, String json, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    Reply put(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("X-API-Key", key);
    }

    private static Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body;
        try {
            body = response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
        } catch (IOException notJson) {
            body = JSON.missingNode();
        }
        return new Reply(response.statusCode(), body, response.headers(), response.body());
    }
}
