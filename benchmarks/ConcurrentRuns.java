import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends N synchronous run requests at once (each on its own connection) and waits for all answers;
 * prints wall time, how many completed, and a count of everything else by status. Run with the
 * JDK's source launcher: {@code java ConcurrentRuns.java <run url> <api key> <n> <json body>}.
 */
public final class ConcurrentRuns {

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        String key = args[1];
        int n = Integer.parseInt(args[2]);
        String body = args[3];
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60))
                .header("X-API-Key", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();

        AtomicInteger completed = new AtomicInteger();
        Map<String, Integer> other = new TreeMap<>();
        long start = System.nanoTime();
        List<CompletableFuture<Void>> answers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            answers.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
                String outcome;
                if (failure != null) {
                    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                    outcome = "error " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
                } else if (response.statusCode() == 200 && response.body().contains("\"status\":\"completed\"")) {
                    completed.incrementAndGet();
                    return null;
                } else {
                    outcome = "HTTP " + response.statusCode() + " " + response.body().substring(0, Math.min(120, response.body().length()));
                }
                synchronized (other) {
                    other.merge(outcome, 1, Integer::sum);
                }
                return null;
            }));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        long wallMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("wall_ms=%d completed=%d errors=%d%n", wallMillis, completed.get(), n - completed.get());
        other.forEach((outcome, count) -> System.out.printf("  %d x %s%n", count, outcome));
    }
}
