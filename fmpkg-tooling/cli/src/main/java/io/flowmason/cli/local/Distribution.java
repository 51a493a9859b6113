package io.flowmason.cli.local;

import io.flowmason.cli.CliFailure;
import io.flowmason.cli.ExitCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The FlowMason distribution fm belongs to, when it runs as its {@code bin/fm}: the script sets the
 * system property {@code flowmason.home}, whose {@code bundles/} are the runtime an instance runs on.
 */
final class Distribution {

    static final String HOME_PROPERTY = "flowmason.home";

    private final Path home;

    private Distribution(Path home) {
        this.home = home;
    }

    /** The distribution named by {@code flowmason.home}, if that names one. */
    static Optional<Distribution> find() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home == null || home.isBlank() || !Files.isDirectory(Path.of(home, "bundles"))) {
            return Optional.empty();
        }
        return Optional.of(new Distribution(Path.of(home).toAbsolutePath()));
    }

    /** As {@link #find}, for what cannot work without one. */
    static Distribution require(String what) {
        return find().orElseThrow(() -> new CliFailure(ExitCodes.FAILED, what + " needs the runtime bundles of a FlowMason"
                + " distribution: run the distribution's bin/fm (it sets " + HOME_PROPERTY + "), or start fm with -D"
                + HOME_PROPERTY + "=<the distribution's folder>"));
    }

    Path home() {
        return home;
    }

    Path bundles() {
        return home.resolve("bundles");
    }

    Path corePackages() {
        return home.resolve("core-packages");
    }
}
