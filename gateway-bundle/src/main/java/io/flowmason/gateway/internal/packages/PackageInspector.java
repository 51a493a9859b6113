package io.flowmason.gateway.internal.packages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.api.component.ComponentNamespace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import org.osgi.framework.Version;

/**
 * Checks a file before anything is installed: that it is a zip with a bundle manifest, a
 * {@code FlowMason-Package} name, a version, no exported packages and a component descriptor.
 * Every problem is collected, so one answer lists them all.
 */
public final class PackageInspector {

    static final Pattern PACKAGE_NAME = Pattern.compile("(@?[a-z0-9][a-z0-9._-]*/)?[a-z0-9][a-z0-9._-]*");
    private static final String BUILD_HINT = "Build the package with bnd including fmpkg.bnd (Maven or the bnd command line) and"
            + " the FlowMason annotation processor on the compiler's processor path.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxBytes;

    public PackageInspector(long maxBytes) {
        this.maxBytes = maxBytes;
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
        long size = size(file);
        if (size > maxBytes) {
            throw new PackageRejected(413, "package_too_large", file.getFileName() + " is " + size + " bytes; the limit is "
                    + maxBytes + " bytes.", List.of(), "Keep packages small: depend on shared bundles instead of embedding libraries.");
        }
        try (JarFile jar = new JarFile(file.toFile(), false)) {
            Manifest manifest = jar.getManifest();
            if (manifest == null) {
                throw invalid(file, List.of("it has no META-INF/MANIFEST.MF, so it is not an OSGi bundle"));
            }
            Attributes main = manifest.getMainAttributes();
            List<String> problems = new ArrayList<>();
            String symbolicName = symbolicName(main.getValue("Bundle-SymbolicName"), problems);
            if (!"2".equals(trim(main.getValue("Bundle-ManifestVersion")))) {
                problems.add("Bundle-ManifestVersion must be 2");
            }
            Version version = version(main.getValue("Bundle-Version"), problems);
            String packageName = trim(main.getValue(ComponentNamespace.PACKAGE_HEADER));
            List<PackageFile.DeclaredComponent> components = List.of();
            if (packageName != null || mustBePackage) {
                checkPackageName(packageName, problems);
                if (trim(main.getValue("Export-Package")) != null) {
                    problems.add("it exports packages (" + main.getValue("Export-Package").split(";")[0]
                            + "...); a package keeps its code private: remove @Export and Export-Package");
                }
                components = components(jar, problems);
            }
            if (!problems.isEmpty()) {
                throw invalid(file, problems);
            }
            return new PackageFile(file, packageName, symbolicName, version, sha256(file), size, components);
        } catch (ZipException | SecurityException e) {
            throw new PackageRejected(400, "not_a_package", file.getFileName() + " is not a zip archive, so it cannot be a package.",
                    List.of(String.valueOf(e.getMessage())), "An .fmpkg is an OSGi bundle (a jar). " + BUILD_HINT);
        } catch (IOException e) {
            throw new PackageRejected(400, "not_a_package", "Cannot read " + file.getFileName() + " as a package: " + e.getMessage(),
                    List.of(), BUILD_HINT);
        }
    }

    private static PackageRejected invalid(Path file, List<String> problems) {
        return new PackageRejected(422, "invalid_package", file.getFileName() + " is not a valid package: " + problems.get(0) + ".",
                problems, BUILD_HINT);
    }

    private static String symbolicName(String header, List<String> problems) {
        String name = trim(header);
        if (name == null) {
            problems.add("Bundle-SymbolicName is missing");
            return null;
        }
        return name.split(";")[0].trim();
    }

    private static Version version(String header, List<String> problems) {
        String text = trim(header);
        if (text == null) {
            problems.add("Bundle-Version is missing; set it to the package's version, such as 1.0.0");
            return Version.emptyVersion;
        }
        try {
            return Version.parseVersion(text);
        } catch (IllegalArgumentException e) {
            problems.add("Bundle-Version '" + text + "' is not an OSGi version (major.minor.micro.qualifier)");
            return Version.emptyVersion;
        }
    }

    private static void checkPackageName(String name, List<String> problems) {
        if (name == null) {
            problems.add("the FlowMason-Package header is missing; add 'FlowMason-Package: <scope>/<name>', such as acme-corp/support-classifier");
        } else if (!PACKAGE_NAME.matcher(name).matches()) {
            problems.add("FlowMason-Package '" + name + "' is not a package name; use lower-case letters, digits, '.', '_' or '-',"
                    + " optionally after a scope such as acme-corp/ or @acme/");
        }
    }

    private static List<PackageFile.DeclaredComponent> components(JarFile jar, List<String> problems) throws IOException {
        ZipEntry entry = jar.getEntry(ComponentNamespace.DESCRIPTOR_PATH);
        if (entry == null) {
            problems.add("it has no " + ComponentNamespace.DESCRIPTOR_PATH + " describing its components; compile it with the"
                    + " FlowMason annotation processor (io.flowmason.fmpkg.processor)");
            return List.of();
        }
        JsonNode descriptor;
        try (InputStream in = jar.getInputStream(entry)) {
            descriptor = JSON.readTree(in);
        } catch (IOException e) {
            problems.add(ComponentNamespace.DESCRIPTOR_PATH + " is not valid JSON");
            return List.of();
        }
        List<PackageFile.DeclaredComponent> components = new ArrayList<>();
        for (JsonNode component : descriptor.path("components")) {
            String type = component.path("type").asText("");
            if (type.isEmpty()) {
                problems.add(ComponentNamespace.DESCRIPTOR_PATH + " has a component without a type");
            }
            components.add(new PackageFile.DeclaredComponent(type, component.path("kind").asText("operator"),
                    component.path("category").asText("custom")));
        }
        if (components.isEmpty()) {
            problems.add(ComponentNamespace.DESCRIPTOR_PATH + " declares no components; a package carries at least one @Node or @Operator");
        }
        return components;
    }

    private static long size(Path file) throws PackageRejected {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new PackageRejected(400, "not_a_package", "Cannot read " + file.getFileName() + ": " + e.getMessage(), List.of(), BUILD_HINT);
        }
    }

    static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
