package io.flowmason.core.provider.support;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server answering queued recorded vendor bodies, and recording what it received.
 * With nothing queued it answers 500 without a body.
 */
public final class FakeVendor implements AutoCloseable {

    public record Received(String method, String path, Headers headers, String body) {
    }

    private record Reply(int status, String resource, Map<String, String> headers, long delayMillis) {
    }

    private final HttpServer server;
    private final Deque<Reply> replies = new ArrayDeque<>();
    public final List<Received> received = new CopyOnWriteArrayList<>();

    public FakeVendor() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), exchange.getRequestHeaders(),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Reply reply;
            synchronized (replies) {
                reply = replies.isEmpty() ? new Reply(500, null, Map.of(), 0) : replies.poll();
            }
            try {
                Thread.sleep(reply.delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = reply.resource == null ? new byte[0] : resource(reply.resource).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("content-type", "application/json");
            reply.headers.forEach(exchange.getResponseHeaders()::add);
            exchange.sendResponseHeaders(reply.status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    /** Queues a reply: the status and the test resource (null for no body). */
    public FakeVendor reply(int status, String resource) {
        return reply(status, resource, Map.of(), 0);
    }

    /** Queues a reply with headers, sent after a delay. */
    public FakeVendor reply(int status, String resource, Map<String, String> headers, long delayMillis) {
        synchronized (replies) {
            replies.add(new Reply(status, resource, headers, delayMillis));
        }
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A recorded body under the test resources, for example {@code anthropic/success.json}. */
    public static String resource(String name) {
        try (InputStream in = FakeVendor.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
