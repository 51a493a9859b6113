package io.flowmason.executor.internal.pipeline;

import io.flowmason.executor.VersionSpec;

/**
 * What a stage's {@code component_package} asks for: optionally a package by name, and a version
 * spec. {@code acme-corp/support-classifier@1.0.0}, {@code @flowmason/loop@[1.0,2.0)}, or just
 * {@code 1.0.0}.
 */
record StageTarget(String packageName, VersionSpec spec) {

    static final StageTarget ANY = new StageTarget(null, VersionSpec.any());

    /** @throws IllegalArgumentException saying which forms are accepted */
    static StageTarget parse(String text) {
        if (text == null || text.isBlank()) {
            return ANY;
        }
        String value = text.trim();
        int at = value.lastIndexOf('@');
        if (at > 0) {
            return new StageTarget(value.substring(0, at), VersionSpec.parse(value.substring(at + 1)));
        }
        if (value.contains("/") || value.startsWith("@")) {
            return new StageTarget(value, VersionSpec.any());
        }
        return new StageTarget(null, VersionSpec.parse(value));
    }
}
