package io.flowmason.cli.local;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Processor;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/**
 * The packages an instance offers to packages: those of the Java runtime and the framework (the
 * system bundle's) and those the runtime bundles of the distribution export.
 */
final class RuntimeExports {

    private final Set<String> system;
    private final Map<String, List<Version>> bundles;
    private final int bundleCount;

    private RuntimeExports(Set<String> system, Map<String, List<Version>> bundles, int bundleCount) {
        this.system = system;
        this.bundles = bundles;
        this.bundleCount = bundleCount;
    }

    /** What the framework exports, and the bundles in {@code bundlesFolder}. */
    static RuntimeExports of(Path bundlesFolder) throws IOException {
        Set<String> system = new HashSet<>();
        for (Module module : ModuleLayer.boot().modules()) {
            module.getDescriptor().exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                    .forEach(system::add);
        }
        Map<String, List<Version>> bundles = new HashMap<>();
        exportsOf(SdkJars.locationOf(Bundle.class), (pkg, version) -> system.add(pkg));
        List<Path> jars;
        try (Stream<Path> files = Files.list(bundlesFolder)) {
            jars = files.filter(f -> f.toString().endsWith(".jar")).toList();
        }
        for (Path jar : jars) {
            exportsOf(jar, (pkg, version) -> bundles.computeIfAbsent(pkg, p -> new ArrayList<>()).add(version));
        }
        return new RuntimeExports(system, bundles, jars.size());
    }

    boolean satisfies(String pkg, String range) {
        if (system.contains(pkg)) {
            return true;
        }
        VersionRange accepted = range == null ? null : new VersionRange(range);
        return bundles.getOrDefault(pkg, List.of()).stream().anyMatch(v -> accepted == null || accepted.includes(v));
    }

    /** For a message: the versions bundles export of a package, when some do. */
    String versionsOf(String pkg) {
        List<Version> versions = bundles.getOrDefault(pkg, List.of());
        return versions.isEmpty() ? "" : " in that range (they export " + versions.stream().sorted().map(Version::toString).distinct()
                .reduce((a, b) -> a + ", " + b).orElse("") + ")";
    }

    int bundleCount() {
        return bundleCount;
    }

    private static void exportsOf(Path jar, BiConsumer<String, Version> consumer) throws IOException {
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest();
        }
        String header = manifest == null ? null : manifest.getMainAttributes().getValue("Export-Package");
        if (header == null) {
            return;
        }
        for (Map.Entry<String, Attrs> export : new Parameters(header).entrySet()) {
            String version = export.getValue().get("version");
            consumer.accept(Processor.removeDuplicateMarker(export.getKey()),
                    version == null ? Version.emptyVersion : Version.parseVersion(version));
        }
    }
}
