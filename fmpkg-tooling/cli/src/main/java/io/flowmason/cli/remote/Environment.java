package io.flowmason.cli.remote;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The environment an instance runs in ({@code FLOWMASON_ENV}), as {@code --env} names it. */
enum Environment {
    TEST, STAGING, PRODUCTION;

    /** The name the instance uses, such as {@code production}. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static String ids() {
        return Arrays.stream(values()).map(Environment::id).collect(Collectors.joining(", "));
    }

    /** Reads {@code --env}; anything else than the three names is a usage error naming them. */
    static final class Converter implements ITypeConverter<Environment> {
        @Override
        public Environment convert(String value) {
            return Arrays.stream(values()).filter(env -> env.id().equals(value.strip().toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not an environment; use one of " + ids() + "."));
        }
    }
}
