package io.flowmason.gateway.internal.packages;

import io.flowmason.fmpkg.checks.PackageRefused;
import io.flowmason.fmpkg.checks.Problem;
import io.flowmason.fmpkg.checks.UploadChecks;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Checks a file before anything is installed, with the package checks {@code fm validate} runs
 * too ({@link UploadChecks}): that it is a zip with a bundle manifest, a {@code FlowMason-Package}
 * name, a version, no exported packages and a component descriptor. Every problem is collected,
 * so one answer lists them all.
 */
public final class PackageInspector {

    private final UploadChecks checks;

    public PackageInspector(long maxBytes) {
        this.checks = new UploadChecks(maxBytes);
    }

    /** Inspects a FlowMason package: everything a package needs must be there. */
    public PackageFile inspectPackage(Path file) throws PackageRejected {
        return inspect(file, true);
    }

    /**
     * Inspects a file from the deploy folder: a FlowMason package, or a plain OSGi bundle (a
     * library that packages import), which needs only a valid bundle manifest.
     */
    public PackageFile inspectBundle(Path file) throws PackageRejected {
        return inspect(file, false);
    }

    private PackageFile inspect(Path file, boolean mustBePackage) throws PackageRejected {
        try {
            return new PackageFile(checks.check(file, mustBePackage));
        } catch (PackageRefused refused) {
            throw rejection(refused);
        }
    }

    private static PackageRejected rejection(PackageRefused refused) {
        int status = switch (refused.reason()) {
            case TOO_LARGE -> 413;
            case NOT_A_ZIP, UNREADABLE -> 400;
            case INVALID -> 422;
        };
        String code = switch (refused.reason()) {
            case TOO_LARGE -> "package_too_large";
            case NOT_A_ZIP, UNREADABLE -> "not_a_package";
            case INVALID -> "invalid_package";
        };
        return new PackageRejected(status, code, refused.getMessage(), refused.problems().stream().map(Problem::detail).toList(),
                refused.suggestion());
    }

    static String sha256(Path file) throws IOException {
        return UploadChecks.sha256(file);
    }
}
