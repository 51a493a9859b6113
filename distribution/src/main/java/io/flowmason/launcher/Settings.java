package io.flowmason.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An instance's start-up settings, resolved and checked (see {@link SettingsLoader}).
 *
 * @param adminKey the owner key when one was configured; when empty the launcher uses or
 *                 generates {@code <data>/admin.key}
 */
public record Settings(
        Path home,
        int httpPort,
        String httpHost,
        Path dataDir,
        Path deployDir,
        Environment environment,
        Optional<String> adminKey,
        String dbUrl,
        Optional<String> consoleUser,
        Optional<String> consolePassword,
        int rateLimitPerMinute,
        int rateLimitPerHour,
        List<String> envAllowList,
        int maxBodyBytes,
        Limits limits,
        int runRetentionDays) {

    /**
     * What one run may hold and what a misbehaving component may cost before it is switched off.
     *
     * @param maxStageOutputBytes a stage's output, as JSON
     * @param maxResultBytes      a run's result, as JSON
     * @param traceValueBytes     a span's input or output kept whole in the trace; larger ones are kept as a preview
     * @param quarantineAfter     stage threads abandoned after timeouts before a component version is quarantined (0: never)
     */
    public record Limits(int maxStageOutputBytes, int maxResultBytes, int traceValueBytes, int quarantineAfter) {
    }
}
