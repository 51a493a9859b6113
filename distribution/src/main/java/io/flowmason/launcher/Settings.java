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
        int maxBodyBytes) {
}
