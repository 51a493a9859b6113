package io.flowmason.benchmarks;

import java.util.Objects;

/**
 * Checks made in each benchmark's setup, so that a benchmark never measures a failure path by
 * mistake (a mapping error, a failed stage): it refuses to start instead.
 */
final class Checks {

    private Checks() {
    }

    static void expect(String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            throw new IllegalStateException(what + ": expected " + expected + " but got " + actual);
        }
    }
}
