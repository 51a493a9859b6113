package io.flowmason.gateway.internal.packages;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.felix.fileinstall.ArtifactInstaller;
import org.apache.felix.fileinstall.ArtifactListener;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hooks FileInstall's watched deploy folder into the one installation path: every file that
 * appears there is inspected like an upload, and a file that is not a package is reported (in the
 * log and in {@code GET /api/packages}) instead of being ignored.
 */
@Component(service = {ArtifactInstaller.class, ArtifactListener.class, DeployFolderInstaller.class})
public class DeployFolderInstaller implements ArtifactInstaller {

    /** A file of the deploy folder that was refused, and why. */
    public record Rejection(String file, PackageRejected reason) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(DeployFolderInstaller.class);

    private final PackageInstaller installer;
    private final Path deployDir;
    private final Map<String, Rejection> rejected = new ConcurrentHashMap<>();

    @Activate
    public DeployFolderInstaller(BundleContext context, @Reference PackageInstaller installer) {
        this.installer = installer;
        this.deployDir = Path.of(context.getProperty("flowmason.deploy.dir")).toAbsolutePath().normalize();
    }

    /** Every file of the deploy folder but hidden ones and FileInstall's configuration files. */
    @Override
    public boolean canHandle(File artifact) {
        Path file = artifact.toPath().toAbsolutePath().normalize();
        String name = file.getFileName().toString();
        return deployDir.equals(file.getParent()) && !name.startsWith(".") && !name.endsWith(".cfg") && !name.endsWith(".config");
    }

    @Override
    public void install(File artifact) {
        deploy(artifact, false);
    }

    @Override
    public void update(File artifact) {
        deploy(artifact, true);
    }

    @Override
    public void uninstall(File artifact) {
        rejected.remove(artifact.getName());
        installer.bundleAt(artifact.toPath().toUri().toString()).ifPresent(bundle -> {
            try {
                installer.remove(bundle, "deploy_folder");
                LOG.info("Removed {} {} (its file left the deploy folder)", bundle.getSymbolicName(), bundle.getVersion());
            } catch (PackageRejected e) {
                LOG.warn("{} was deleted from the deploy folder but stays installed: {}", artifact.getName(), e.getMessage());
            }
        });
    }

    /** Files of the deploy folder that were refused, by file name. */
    public List<Rejection> rejections() {
        return List.copyOf(rejected.values());
    }

    private void deploy(File artifact, boolean replaced) {
        Path file = artifact.toPath();
        try {
            InstalledPackage installed = replaced ? installer.updateFromDeployFolder(file) : installer.installFromDeployFolder(file);
            rejected.remove(artifact.getName());
            LOG.info("Deployed {} {} from {}", installed.bundle().getSymbolicName(), installed.bundle().getVersion(), artifact.getName());
        } catch (PackageRejected e) {
            rejected.put(artifact.getName(), new Rejection(artifact.getName(), e));
            LOG.warn("Refused {} in the deploy folder: {} {}", artifact.getName(), e.getMessage(), e.suggestion());
        }
    }
}
