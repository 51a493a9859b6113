package io.flowmason.launcher.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The docs test's convention catches what it promises to catch: examples run in one shell against a
 * small real HTTP server here, and a wrong status, a missing field, a wrong value or a failing command
 * is reported at the example's line.
 */
class DocConventionTest {

    private static final String SETUP = "```sh\nexport FLOWMASON_URL=http://localhost:8080 FLOWMASON_API_KEY=k\n```\n\n";

    @TempDir
    Path scratch;

    private HttpServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/health", exchange -> answer(exchange, 200,
                "{\"status\": \"UP\", \"version\": \"1.2.3\", \"items\": [{\"id\": \"a\", \"n\": 1}, {\"id\": \"b\", \"n\": 2}]}"));
        server.createContext("/api/missing", exchange -> answer(exchange, 404, "{\"error\": {\"code\": \"not_found\"}}"));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void aMatchingDocumentHasNoProblems() throws Exception {
        String doc = SETUP + """
                ```sh
                curl -s $FLOWMASON_URL/api/health
                ```

                ```json
                {"status": "UP", "version": "1...", "items": [{"id": "b", "n": 7}]}
                ```

                ```sh
                # expect: 404
                curl -s -i $FLOWMASON_URL/api/missing
                ```

                ```http
                HTTP/1.1 404 Not Found
                Content-Type: application/...

                {"error": {"code": "not_found"}}
                ```

                ```sh
                false || echo "exit code $?"
                ```

                ```text
                exit code ...
                ```

                ```sh norun
                bin/flowmason
                ```
                """;

        assertThat(problems(doc)).isEmpty();
    }

    @Test
    void aWrongFieldValueOrStatusIsReportedAtItsLine() throws Exception {
        String doc = SETUP + """
                ```sh
                curl -s $FLOWMASON_URL/api/health
                ```

                ```json
                {"status": "DOWN", "uptime": 3, "items": [{"id": "c"}]}
                ```

                ```sh
                curl -s $FLOWMASON_URL/api/missing
                ```

                ```sh
                # expect: 409
                curl -s $FLOWMASON_URL/api/missing
                ```
                """;

        List<String> problems = problems(doc);

        assertThat(problems).anyMatch(p -> p.startsWith("doc.md:9:") && p.contains("$.status should be \"DOWN\", is \"UP\""));
        assertThat(problems).anyMatch(p -> p.startsWith("doc.md:9:") && p.contains("$.uptime is missing"));
        assertThat(problems).anyMatch(p -> p.startsWith("doc.md:9:") && p.contains("$.items has no element like the docs' {\"id\":\"c\"}"));
        assertThat(problems).anyMatch(p -> p.startsWith("doc.md:13:") && p.contains("answered 404"));
        assertThat(problems).anyMatch(p -> p.startsWith("doc.md:17:") && p.contains("answered 404, the docs expect 409"));
    }

    @Test
    void anExamplePrintingTwoAnswersDoesNotPassForTheFirst() throws Exception {
        assertReported("""
                ```sh
                curl -s $FLOWMASON_URL/api/health
                curl -s $FLOWMASON_URL/api/health
                ```

                ```json
                {"status": "UP"}
                ```
                """, "doc.md:10:", "more than one JSON value");
    }

    @Test
    void printedTextMustBeTheDocumentedText() throws Exception {
        assertReported("""
                ```sh
                echo "flowmason: cannot start"
                ```

                ```text
                flowmason: started
                ```
                """, "doc.md:9:", "flowmason: cannot start");
    }

    @Test
    void aFailingCommandStopsTheSessionThere() throws Exception {
        String doc = SETUP + """
                ```sh
                false
                ```

                ```sh
                curl -s $FLOWMASON_URL/api/health
                ```
                """;

        List<String> problems = problems(doc);

        assertThat(problems).anyMatch(p -> p.startsWith("doc.md:5: a command failed"));
        assertThat(problems).contains("1 later example(s) did not run");
    }

    @Test
    void theFirstExampleSetsUpTheReadersShellAndFewExamplesAreLeftOut() {
        List<ShellExample> examples = DocExamples.parse("doc.md", """
                ```sh
                curl -s -w '%{http_code}' localhost:8080/api/health
                ```

                ```sh norun
                bin/flowmason
                ```

                ```sh norun
                bin/flowmason
                ```
                """);

        assertThat(DocConvention.problems("doc.md", examples, 1)).anyMatch(p -> p.startsWith("doc.md:1: the first example that runs must export"))
                .anyMatch(p -> p.contains("2 examples are 'sh norun'")).anyMatch(p -> p.contains("uses curl --write-out"));
    }

    @Test
    void textWithAnEllipsisMatchesAnyTextInItsPlace() {
        assertThat(JsonShape.textMatches("run_...", "run_4f2a")).isTrue();
        assertThat(JsonShape.textMatches("/api/runs/.../trace", "/api/runs/run_1/trace")).isTrue();
        assertThat(JsonShape.textMatches("/api/runs/.../trace", "/api/runs/run_1")).isFalse();
        assertThat(JsonShape.textMatches("a.b", "axb")).isFalse();
    }

    /** Runs the examples after the setup example and expects a problem reported at {@code where} that contains {@code fragment}. */
    private void assertReported(String examples, String where, String fragment) throws Exception {
        assertThat(problems(SETUP + examples)).anyMatch(p -> p.startsWith(where) && p.contains(fragment));
    }

    private List<String> problems(String doc) throws Exception {
        List<ShellExample> examples = DocExamples.parse("doc.md", doc);
        assertThat(DocConvention.problems("doc.md", examples, 1)).isEmpty();
        ShellSession.Result result = ShellSession.run(examples.stream().filter(ShellExample::run).toList(), scratch,
                Map.of(DocConvention.DOCUMENTED_URL, "http://127.0.0.1:" + server.getAddress().getPort()), scratch,
                Duration.ofSeconds(30));
        return ExampleChecks.problems(result);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String json) throws java.io.IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
