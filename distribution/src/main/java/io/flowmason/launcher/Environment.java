package io.flowmason.launcher;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an instance is for; production is held to stricter start-up rules. */
public enum Environment {
    TEST, STAGING, PRODUCTION;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Environment parse(String value) {
        for (Environment environment : values()) {
            if (environment.id().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return environment;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not an environment; use one of "
                + Arrays.stream(values()).map(Environment::id).collect(Collectors.joining(", ")));
    }
}
