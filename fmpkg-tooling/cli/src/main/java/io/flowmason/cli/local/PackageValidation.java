package io.flowmason.cli.local;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import io.flowmason.fmpkg.checks.PackageFacts;
import io.flowmason.fmpkg.checks.PackageRefused;
import io.flowmason.fmpkg.checks.Problem;
import io.flowmason.fmpkg.checks.UploadChecks;
import io.flowmason.fmpkg.checks.registration.RegistrationChecks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import org.osgi.framework.Version;

/**
 * Every check a package file meets on its way into an instance: those of an upload (the instance's
 * own code), whether its components can register, and whether its imports resolve.
 *
 * @param facts     what the file is, when it passed the upload checks
 * @param unchecked imports fm could not check, for want of the distribution's runtime bundles
 */
record PackageValidation(Path file, PackageFacts facts, List<Problem> problems, List<String> unchecked, Optional<RuntimeExports> runtime,
        Version apiVersion) {

    static PackageValidation of(Path file) throws IOException {
        List<Problem> problems = new ArrayList<>();
        PackageFacts facts = null;
        try {
            facts = new UploadChecks(UploadChecks.MAX_PACKAGE_BYTES).check(file, true);
        } catch (PackageRefused refused) {
            if (refused.reason() != PackageRefused.Reason.INVALID) {
                String details = refused.problems().isEmpty() ? "" : " (" + refused.problems().get(0).detail() + ")";
                problems.add(new Problem(refused.getMessage() + details, refused.suggestion()));
                return new PackageValidation(file, null, problems, List.of(), Optional.empty(), null);
            }
            problems.addAll(refused.problems());
        }
        Map<String, Version> api = apiExports();
        Optional<Distribution> distribution = Distribution.find();
        Optional<RuntimeExports> runtime = distribution.isPresent()
                ? Optional.of(RuntimeExports.of(distribution.get().bundles())) : Optional.empty();
        ImportChecks.Result imports;
        try (JarFile jar = new JarFile(file.toFile())) {
            problems.addAll(RegistrationChecks.check(jar));
            imports = ImportChecks.check(jar.getManifest().getMainAttributes().getValue("Import-Package"), api, runtime);
        }
        problems.addAll(imports.problems());
        Version apiVersion = api.values().stream().max(Version::compareTo).orElse(Version.emptyVersion);
        return new PackageValidation(file, facts, problems, imports.unchecked(), runtime, apiVersion);
    }

    boolean ok() {
        return problems.isEmpty();
    }

    /** The FlowMason API's packages and their versions, from the API jar fm ships. */
    static Map<String, Version> apiExports() throws IOException {
        Map<String, Version> exports = new LinkedHashMap<>();
        String header = SdkJars.apiManifest().getMainAttributes().getValue("Export-Package");
        for (Map.Entry<String, Attrs> export : new Parameters(header).entrySet()) {
            exports.put(export.getKey(), Version.parseVersion(export.getValue().get("version")));
        }
        return exports;
    }
}
