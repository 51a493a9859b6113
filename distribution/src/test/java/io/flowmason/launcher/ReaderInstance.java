package io.flowmason.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * An instance as a reader of the docs has it: its own folder laid out like the distribution (the
 * shipped folders linked, {@code conf/} copied, {@code data/} and {@code deploy/} its own), started with
 * {@code bin/flowmason} on a free port and no owner key, so that the first start generates
 * {@code data/admin.key}, and without LLM provider keys; ready once the demo pipeline is published.
 */
final class ReaderInstance implements AutoCloseable {

    private static final List<String> SHIPPED = List.of("bin", "lib", "bundles", "core-packages", "examples", "sdk");
    private static final List<String> PROVIDER_KEYS = List.of("ANTHROPIC_API_KEY", "OPENAI_API_KEY", "OPENAI_COMPATIBLE_API_KEY");

    private final Path home;
    private final int port;
    private final DistributionProcess process;

    private ReaderInstance(Path home, int port, DistributionProcess process) {
        this.home = home;
        this.port = port;
        this.process = process;
    }

    /** @param settings FLOWMASON_* settings besides the port, given the instance's home folder */
    static ReaderInstance start(Path work, Function<Path, Map<String, String>> settings) throws Exception {
        Path home = work.resolve("flowmason");
        Path distribution = InProcessInstance.distribution();
        Files.createDirectories(home);
        for (String folder : SHIPPED) {
            Files.createSymbolicLink(home.resolve(folder), distribution.resolve(folder));
        }
        copyTree(distribution.resolve("conf"), home.resolve("conf"));
        int port = Http.freePort();
        Map<String, String> environment = new HashMap<>(settings.apply(home));
        environment.put("FLOWMASON_HTTP_PORT", Integer.toString(port));
        // the docs show a fresh machine: LLM provider keys of the machine running the tests stay out (blank is unset to them)
        PROVIDER_KEYS.forEach(name -> environment.put(name, ""));
        DistributionProcess process = DistributionProcess.launch(home.resolve("bin/flowmason"), work.resolve("logs"), environment);
        ReaderInstance instance = new ReaderInstance(home, port, process);
        try {
            process.awaitReady(port);
            Api api = new Api(port, Files.readString(home.resolve("data/admin.key")).trim());
            Eventually.await(Duration.ofSeconds(30), "the demo pipeline is published", () -> {
                try {
                    return api.get("/api/pipelines/support-triage/versions").body().path("versions").size() == 1;
                } catch (Exception e) {
                    return false;
                }
            });
            return instance;
        } catch (Exception | AssertionError e) {
            instance.close();
            throw e;
        }
    }

    Path home() {
        return home;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String output() throws IOException {
        return process.stdout() + process.stderr();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
