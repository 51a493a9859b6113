package io.flowmason.gateway.internal.registry;

import io.flowmason.gateway.internal.ApiException;
import io.flowmason.gateway.internal.packages.InstalledPackage;
import io.flowmason.gateway.internal.packages.PackageInstaller;
import io.flowmason.gateway.internal.packages.PackageRejected;
import io.flowmason.gateway.internal.store.AuditStore;
import io.flowmason.gateway.internal.store.PackageSource;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * An uploaded package, whichever of the two upload paths it came by: received into
 * {@code <data>/incoming} up to the size limit, handed to the one installation path, and answered
 * with the package as installed and the warnings of its checks (calls to System.exit, for one).
 */
@Component(service = PackageUpload.class)
public class PackageUpload {

    private static final String DEFAULT_NAME = "upload.fmpkg";

    private final PackageInstaller installer;
    private final PackageViews views;
    private final AuditStore audit;
    private final Path incoming;

    @Activate
    public PackageUpload(BundleContext context, @Reference PackageInstaller installer, @Reference PackageViews views,
            @Reference AuditStore audit) throws IOException {
        this.installer = installer;
        this.views = views;
        this.audit = audit;
        this.incoming = Files.createDirectories(Path.of(context.getProperty("flowmason.data.dir"), "incoming"));
    }

    /**
     * Installs the uploaded file on behalf of {@code actor} (a key id, or {@code owner}). The file is
     * kept under the name it was sent with ({@code sentName}, reduced to safe characters), so that a
     * refusal names the caller's file, not a temporary one.
     */
    Response accept(InputStream file, String sentName, String actor) throws IOException, SQLException {
        if (file == null) {
            throw new ApiException(Response.Status.BAD_REQUEST, "missing_file", "The upload has no form field named 'file'.",
                    "Send the package as multipart/form-data with the field 'file', such as curl -F file=@my-package-1.0.0.fmpkg.");
        }
        Path folder = Files.createTempDirectory(incoming, "upload-");
        Path received = folder.resolve(safeName(sentName));
        try {
            copyAtMost(file, received, PackageInstaller.MAX_PACKAGE_BYTES);
            InstalledPackage installed = installer.installStored(received, PackageSource.UPLOAD, actor);
            audit.record(actor, "package.upload", installed.file().packageName(), Map.of("version",
                    installed.file().version().toString(), "sha256", installed.file().sha256()));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("package", views.of(installed.bundle()));
            answer.put("warnings", installed.file().warnings());
            return Response.status(Response.Status.CREATED).entity(answer).build();
        } catch (PackageRejected rejected) {
            throw Rejections.toApi(rejected);
        } finally {
            Files.deleteIfExists(received);
            Files.deleteIfExists(folder);
        }
    }

    /** The sent file's name without any path and with only letters, digits, '.', '-' and '_'; {@code upload.fmpkg} when none is left. */
    static String safeName(String sentName) {
        if (sentName == null) {
            return DEFAULT_NAME;
        }
        String base = sentName.substring(Math.max(sentName.lastIndexOf('/'), sentName.lastIndexOf('\\')) + 1);
        String safe = base.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.chars().allMatch(c -> c == '.') ? DEFAULT_NAME : safe;
    }

    private static void copyAtMost(InputStream in, Path target, long maxBytes) throws IOException, PackageRejected {
        try (OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read; (read = in.read(buffer)) != -1; ) {
                total += read;
                if (total > maxBytes) {
                    throw new PackageRejected(413, "package_too_large", "The package is larger than the limit of " + maxBytes
                            + " bytes.", List.of(), "Keep packages small: depend on shared bundles instead of embedding libraries.");
                }
                out.write(buffer, 0, read);
            }
        }
    }
}
