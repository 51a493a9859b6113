package io.flowmason.core.httprequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** Builds the request: JSON for objects and arrays, text as it is, the caller's headers. */
final class Requests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Requests() {
    }

    static HttpRequest build(URI url, String method, Map<String, String> headers, Object body, Duration timeout)
            throws JsonProcessingException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout);
        boolean hasType = false;
        if (headers != null) {
            for (Map.Entry<String, String> header : headers.entrySet()) {
                request.header(header.getKey(), header.getValue());
                hasType |= header.getKey().toLowerCase(Locale.ROOT).equals("content-type");
            }
        }
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        String text;
        if (body instanceof String string) {
            text = string;
        } else {
            text = JSON.writeValueAsString(body);
            if (!hasType) {
                request.header("Content-Type", "application/json");
            }
        }
        return request.method(method, HttpRequest.BodyPublishers.ofString(text)).build();
    }
}
