package io.flowmason.fmpkg.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.api.component.ComponentNamespace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * The checks a file passes before the instance installs anything (an upload, a deploy-folder
 * file, a core package): a zip with a bundle manifest, a {@code FlowMason-Package} name, a
 * version, no exported packages and a component descriptor, within the size limit. Every problem
 * is collected, so one answer lists them all.
 */
public final class UploadChecks {

    /** The largest package the instance takes. */
    public static final long MAX_PACKAGE_BYTES = 50L * 1024 * 1024;

    public static final Pattern PACKAGE_NAME = Pattern.compile("(@?[a-z0-9][a-z0-9._-]*/)?[a-z0-9][a-z0-9._-]*");

    public static final String BUILD_HINT = "Build the package with bnd including fmpkg.bnd (Maven or the bnd command line) and"
            + " the FlowMason annotation processor on the compiler's processor path.";
    public static final String REBUILD_WITH_PROCESSOR = "rebuild the package with the FlowMason processor on javac's processor path; the processor"
            + " writes " + ComponentNamespace.DESCRIPTOR_PATH + ", do not write or edit it by hand";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxBytes;

    public UploadChecks(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Checks a file.
     *
     * @param mustBePackage false for a deploy-folder file, which may also be a plain OSGi bundle (a
     *                      library that packages import) and then needs only a valid bundle manifest
     * @throws PackageRefused saying everything that is wrong with it
     */
    public PackageFacts check(Path file, boolean mustBePackage) throws PackageRefused {
        long size = size(file);
        if (size > maxBytes) {
            throw new PackageRefused(PackageRefused.Reason.TOO_LARGE, file.getFileName() + " is " + size + " bytes; the limit is "
                    + maxBytes + " bytes.", List.of(), "Keep packages small: depend on shared bundles instead of embedding libraries.");
        }
        try (JarFile jar = new JarFile(file.toFile(), false)) {
            Manifest manifest = jar.getManifest();
            if (manifest == null) {
                throw invalid(file, List.of(new Problem("it has no META-INF/MANIFEST.MF, so it is not an OSGi bundle", BUILD_HINT)));
            }
            Attributes main = manifest.getMainAttributes();
            List<Problem> problems = new ArrayList<>();
            String symbolicName = symbolicName(main.getValue("Bundle-SymbolicName"), problems);
            if (!"2".equals(trim(main.getValue("Bundle-ManifestVersion")))) {
                problems.add(new Problem("Bundle-ManifestVersion must be 2",
                        "build the package with bnd including fmpkg.bnd, which writes Bundle-ManifestVersion: 2"));
            }
            Version version = version(main.getValue("Bundle-Version"), problems);
            String packageName = trim(main.getValue(ComponentNamespace.PACKAGE_HEADER));
            List<PackageFacts.DeclaredComponent> components = List.of();
            List<Problem> warnings = List.of();
            if (packageName != null || mustBePackage) {
                checkPackageName(packageName, problems);
                if (trim(main.getValue("Export-Package")) != null) {
                    problems.add(new Problem("it exports packages (" + main.getValue("Export-Package").split(";")[0]
                            + "...); a package keeps its code private: remove @Export and Export-Package",
                            "remove @Export from every package-info.java and Export-Package or -exportcontents from the bnd file;"
                                    + " fmpkg.bnd exports nothing"));
                }
                components = components(jar, problems);
                warnings = ForbiddenCalls.in(jar).stream().map(ForbiddenCalls.Call::warning).toList();
            }
            if (!problems.isEmpty()) {
                throw invalid(file, problems);
            }
            return new PackageFacts(file, packageName, symbolicName, version, sha256(file), size, components, warnings);
        } catch (ZipException | SecurityException e) {
            throw new PackageRefused(PackageRefused.Reason.NOT_A_ZIP, file.getFileName()
                    + " is not a zip archive, so it cannot be a package.", List.of(new Problem(String.valueOf(e.getMessage()),
                    "build the package with bnd, which writes a jar")), "An .fmpkg is an OSGi bundle (a jar). " + BUILD_HINT);
        } catch (IOException e) {
            throw new PackageRefused(PackageRefused.Reason.UNREADABLE, "Cannot read " + file.getFileName() + " as a package: "
                    + e.getMessage(), List.of(), BUILD_HINT);
        }
    }

    private static PackageRefused invalid(Path file, List<Problem> problems) {
        return new PackageRefused(PackageRefused.Reason.INVALID, file.getFileName() + " is not a valid package: "
                + problems.get(0).detail() + ".", problems, BUILD_HINT);
    }

    private static String symbolicName(String header, List<Problem> problems) {
        String name = trim(header);
        if (name == null) {
            problems.add(new Problem("Bundle-SymbolicName is missing",
                    "build the package with bnd including fmpkg.bnd, which derives Bundle-SymbolicName from FlowMason-Package"));
            return null;
        }
        return name.split(";")[0].trim();
    }

    private static Version version(String header, List<Problem> problems) {
        String text = trim(header);
        if (text == null) {
            problems.add(new Problem("Bundle-Version is missing; set it to the package's version, such as 1.0.0",
                    "add a line 'Bundle-Version: 1.0.0' to the package's bnd file"));
            return Version.emptyVersion;
        }
        try {
            return Version.parseVersion(text);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("Bundle-Version '" + text + "' is not an OSGi version (major.minor.micro.qualifier)",
                    "write Bundle-Version in the bnd file as numbers, such as 1.2.0 (a qualifier may follow a third dot)"));
            return Version.emptyVersion;
        }
    }

    private static void checkPackageName(String name, List<Problem> problems) {
        if (name == null) {
            problems.add(new Problem("the FlowMason-Package header is missing; add 'FlowMason-Package: <scope>/<name>', such as"
                    + " acme-corp/support-classifier", "add a line 'FlowMason-Package: <scope>/<name>' to the package's bnd file"));
        } else if (!PACKAGE_NAME.matcher(name).matches()) {
            problems.add(new Problem("FlowMason-Package '" + name + "' is not a package name; use lower-case letters, digits, '.',"
                    + " '_' or '-', optionally after a scope such as acme-corp/ or @acme/",
                    "rename it in the bnd file, such as 'FlowMason-Package: acme-corp/text-tools'"));
        }
    }

    private static List<PackageFacts.DeclaredComponent> components(JarFile jar, List<Problem> problems) throws IOException {
        ZipEntry entry = jar.getEntry(ComponentNamespace.DESCRIPTOR_PATH);
        if (entry == null) {
            problems.add(new Problem("it has no " + ComponentNamespace.DESCRIPTOR_PATH + " describing its components; compile it with the"
                    + " FlowMason annotation processor (io.flowmason.fmpkg.processor)",
                    "put io.flowmason.fmpkg.processor on javac's processor path (Maven: a provided dependency; javac:"
                            + " -processorpath) and rebuild"));
            return List.of();
        }
        JsonNode descriptor;
        try (InputStream in = jar.getInputStream(entry)) {
            descriptor = JSON.readTree(in);
        } catch (IOException e) {
            problems.add(new Problem(ComponentNamespace.DESCRIPTOR_PATH + " is not valid JSON", REBUILD_WITH_PROCESSOR));
            return List.of();
        }
        List<PackageFacts.DeclaredComponent> components = new ArrayList<>();
        for (JsonNode component : descriptor.path("components")) {
            String type = component.path("type").asText("");
            if (type.isEmpty()) {
                problems.add(new Problem(ComponentNamespace.DESCRIPTOR_PATH + " has a component without a type", REBUILD_WITH_PROCESSOR));
            }
            components.add(new PackageFacts.DeclaredComponent(type, component.path("kind").asText("operator"),
                    component.path("category").asText("custom")));
        }
        if (components.isEmpty()) {
            problems.add(new Problem(ComponentNamespace.DESCRIPTOR_PATH + " declares no components; a package carries at least one @Node or @Operator",
                    "annotate a class with @Operator or @Node beside @Component and rebuild with the FlowMason processor"));
        }
        return components;
    }

    private static long size(Path file) throws PackageRefused {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new PackageRefused(PackageRefused.Reason.UNREADABLE, "Cannot read " + file.getFileName() + ": " + e.getMessage(),
                    List.of(), BUILD_HINT);
        }
    }

    public static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
