package io.flowmason.launcher.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the docs show an example prints, compared with what it really prints:
 * <ul>
 * <li>a {@code json} block: the output is one JSON value like it ({@link JsonShape});</li>
 * <li>an {@code http} block: the output is an HTTP answer as {@code curl -i} prints it, with the status
 * of the block's status line, each header it shows (values compared like JSON strings, {@code ...} for
 * any text) and, when the block has a body after the headers, a JSON body like it;</li>
 * <li>a {@code text} block: the output is that text, {@code ...} standing for any text (surrounding
 * blank space ignored).</li>
 * </ul>
 */
public final class DocumentedResponse {

    /** One JSON value and nothing after it: two answers printed by one example do not pass for the first. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String where;
    private final Integer status;
    private final Map<String, String> headers;
    private final JsonNode body;
    private final String text;

    private DocumentedResponse(String where, Integer status, Map<String, String> headers, JsonNode body, String text) {
        this.where = where;
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.text = text;
    }

    /** The languages of blocks that document an example's output. */
    static boolean documentsOutput(String language) {
        return "json".equals(language) || "http".equals(language) || "text".equals(language);
    }

    static DocumentedResponse of(String file, int line, String language, String text) {
        String where = file + ":" + line;
        if ("json".equals(language)) {
            return new DocumentedResponse(where, null, Map.of(), json(where, text), null);
        }
        if ("text".equals(language)) {
            return new DocumentedResponse(where, null, Map.of(), null, text.strip());
        }
        HttpText http = HttpText.parse(text);
        if (http == null) {
            throw new IllegalArgumentException(where + ": an http block starts with a status line such as HTTP/1.1 200 OK");
        }
        return new DocumentedResponse(where, http.status(), http.headers(), http.body().isBlank() ? null : json(where, http.body()),
                null);
    }

    /** Where the documented response is, {@code docs/api.md:48}. */
    public String where() {
        return where;
    }

    /** How {@code output} differs from the documented response; empty when it matches. */
    public List<String> differences(String output) {
        if (text != null) {
            String actual = output.replace("\r\n", "\n").strip();
            return JsonShape.textMatches(text, actual) ? List.of() : List.of("prints\n" + start(actual) + "\n  instead of\n" + text);
        }
        List<String> differences = new ArrayList<>();
        String bodyText = output;
        if (status != null) {
            HttpText actual = HttpText.parse(output);
            if (actual == null) {
                return List.of("prints no HTTP answer (use curl -i): " + start(output));
            }
            if (actual.status() != status) {
                differences.add("status " + actual.status() + " instead of " + status);
            }
            headers.forEach((name, value) -> {
                String real = actual.headers().get(name.toLowerCase(Locale.ROOT));
                if (real == null) {
                    differences.add("no " + name + " header");
                } else if (!JsonShape.textMatches(value, real)) {
                    differences.add("header " + name + " is '" + real + "', not '" + value + "'");
                }
            });
            bodyText = actual.body();
        }
        if (body != null) {
            JsonNode real;
            try {
                real = JSON.readTree(bodyText);
            } catch (JsonProcessingException e) {
                real = null;
            }
            if (real == null || real.isMissingNode()) {
                differences.add("prints no JSON, or more than one JSON value: " + start(bodyText));
            } else {
                differences.addAll(JsonShape.differences(body, real));
            }
        }
        return differences;
    }

    private static JsonNode json(String where, String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": the documented response is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String start(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    /** An HTTP answer as text: the status of its status line, its headers (names in lower case) and its body. */
    private record HttpText(int status, Map<String, String> headers, String body) {

        /** Null when the text does not start with a status line; interim 1xx answers are skipped. */
        static HttpText parse(String text) {
            String rest = text.replace("\r\n", "\n").stripLeading();
            while (rest.startsWith("HTTP/")) {
                int end = rest.indexOf("\n\n");
                String head = end < 0 ? rest : rest.substring(0, end);
                String body = end < 0 ? "" : rest.substring(end + 2);
                String[] lines = head.split("\n");
                String[] statusLine = lines[0].split(" ");
                if (statusLine.length < 2 || !statusLine[1].matches("\\d{3}")) {
                    return null;
                }
                int status = Integer.parseInt(statusLine[1]);
                if (status >= 200 || !body.startsWith("HTTP/")) {
                    Map<String, String> headers = new LinkedHashMap<>();
                    for (int i = 1; i < lines.length; i++) {
                        int colon = lines[i].indexOf(':');
                        if (colon > 0) {
                            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
                        }
                    }
                    return new HttpText(status, headers, body);
                }
                rest = body;
            }
            return null;
        }
    }
}
