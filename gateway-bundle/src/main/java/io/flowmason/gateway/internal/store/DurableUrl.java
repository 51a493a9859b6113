package io.flowmason.gateway.internal.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes an H2 JDBC URL durable: {@code WRITE_DELAY=0}, so every commit is written to the database
 * file before it is acknowledged and a killed process (kill -9) loses nothing it acknowledged; with
 * H2's default delay (500 ms) it does. (The file is not forced to the disk on each commit: a power
 * loss may still lose the last commits.) Every other setting in the URL is kept as written.
 */
final class DurableUrl {

    static final String SETTING = "WRITE_DELAY";

    private DurableUrl() {
    }

    /** {@code url} with {@code WRITE_DELAY=0}: appended when absent, replacing another value when present. */
    static String of(String url) {
        int semicolon = url.indexOf(';');
        String database = semicolon < 0 ? url : url.substring(0, semicolon);
        List<String> settings = new ArrayList<>();
        boolean present = false;
        if (semicolon >= 0) {
            for (String setting : url.substring(semicolon + 1).split(";")) {
                if (setting.isBlank()) {
                    continue;
                }
                if (SETTING.equals(key(setting))) {
                    setting = SETTING + "=0";
                    present = true;
                }
                settings.add(setting);
            }
        }
        if (!present) {
            settings.add(SETTING + "=0");
        }
        return database + ";" + String.join(";", settings);
    }

    /** Whether {@code url} asks for a write delay other than 0 (which {@link #of} overrides). */
    static boolean asksForDelay(String url) {
        return setting(url, SETTING).filter(value -> !value.equals("0")).isPresent();
    }

    /** The value {@code url} gives the setting {@code name} (matched as H2 does, whatever its case), if it gives one. */
    static Optional<String> setting(String url, String name) {
        int semicolon = url.indexOf(';');
        if (semicolon < 0) {
            return Optional.empty();
        }
        for (String setting : url.substring(semicolon + 1).split(";")) {
            if (name.equals(key(setting))) {
                return Optional.of(setting.substring(setting.indexOf('=') + 1).strip());
            }
        }
        return Optional.empty();
    }

    private static String key(String setting) {
        int equals = setting.indexOf('=');
        return (equals < 0 ? setting : setting.substring(0, equals)).strip().toUpperCase(Locale.ROOT);
    }
}
