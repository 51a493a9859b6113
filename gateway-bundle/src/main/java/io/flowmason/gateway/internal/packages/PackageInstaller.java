package io.flowmason.gateway.internal.packages;

import io.flowmason.fmpkg.checks.UploadChecks;
import io.flowmason.gateway.internal.store.ComponentRow;
import io.flowmason.gateway.internal.store.PackageRecord;
import io.flowmason.gateway.internal.store.PackageSource;
import io.flowmason.gateway.internal.store.PackageStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one installation path of the instance: uploads, the deploy folder and the core packages all
 * come through here. A file is inspected before anything happens; a refused file leaves no bundle,
 * no stored copy and no database row. A package that installs but cannot start stays installed,
 * visible with the reason. Installs and removals are serialised, so the duplicate check holds.
 */
@Component(service = PackageInstaller.class)
public class PackageInstaller {

    public static final long MAX_PACKAGE_BYTES = UploadChecks.MAX_PACKAGE_BYTES;
    private static final Logger LOG = LoggerFactory.getLogger(PackageInstaller.class);

    private final BundleContext context;
    private final PackageStore store;
    private final PackageInspector inspector = new PackageInspector(MAX_PACKAGE_BYTES);
    private final Path storedPackages;
    private final Map<Long, String> startErrors = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<PackageRemovalGuard> guards = new CopyOnWriteArrayList<>();

    @Activate
    public PackageInstaller(BundleContext context, @Reference PackageStore store) throws IOException {
        this.context = context;
        this.store = store;
        this.storedPackages = Path.of(context.getProperty("flowmason.data.dir"), "packages");
        Files.createDirectories(storedPackages);
        restoreStoredPackages();
    }

    /**
     * The framework cache is rebuilt on every start, so uploaded and core packages are installed
     * again from their stored copies; one whose copy is gone is recorded as removed. Deploy-folder
     * packages are recorded as removed until FileInstall finds their file again.
     */
    private void restoreStoredPackages() {
        try {
            for (PackageRecord record : store.active()) {
                if (record.source() == PackageSource.DEPLOY_FOLDER) {
                    // FileInstall installs the folder's files again and re-activates those still there
                    store.recordRemoval(record.name(), record.version(), "system");
                    continue;
                }
                Path stored = storedPackages.resolve(record.bundleSymbolicName() + "-" + record.version() + ".fmpkg");
                if (!Files.isRegularFile(stored)) {
                    LOG.warn("Package {} {} is recorded but its copy {} is gone; recording it as removed", record.name(),
                            record.version(), stored);
                    store.recordRemoval(record.name(), record.version(), "system");
                } else if (bundleAt(stored.toUri().toString()).isEmpty()) {
                    try (InputStream in = Files.newInputStream(stored)) {
                        start(context.installBundle(stored.toUri().toString(), in));
                    } catch (BundleException | IOException e) {
                        LOG.error("Could not restore package {} {} from {}", record.name(), record.version(), stored, e);
                    }
                }
            }
        } catch (SQLException e) {
            LOG.error("Could not read the recorded packages; uploaded packages are not restored", e);
        }
    }

    public PackageInspector inspector() {
        return inspector;
    }

    /** Installs and starts an uploaded or core package, keeping a copy under {@code <data>/packages}. */
    public synchronized InstalledPackage installStored(Path file, PackageSource source, String actor) throws PackageRejected {
        PackageFile pkg = inspector.inspectPackage(file);
        refuseDuplicate(pkg);
        Path stored = storedPackages.resolve(pkg.bundleSymbolicName() + "-" + pkg.version() + ".fmpkg");
        try {
            Files.copy(file, stored, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new PackageRejected(500, "storage_error", "Cannot keep a copy of the package: " + e.getMessage(), List.of(),
                    "Check that the data directory is writable and has space.");
        }
        try {
            return installAndRecord(pkg, stored.toUri().toString(), source, actor);
        } catch (PackageRejected e) {
            deleteQuietly(stored);
            throw e;
        }
    }

    /** Installs and starts a file of the deploy folder; the file itself is the bundle's location. */
    public synchronized InstalledPackage installFromDeployFolder(Path file) throws PackageRejected {
        PackageFile pkg = inspector.inspectBundle(file);
        refuseDuplicate(pkg);
        return installAndRecord(pkg, file.toUri().toString(), PackageSource.DEPLOY_FOLDER, "deploy_folder");
    }

    /** A replaced file of the deploy folder: the bundle is updated in place to the new content. */
    public synchronized InstalledPackage updateFromDeployFolder(Path file) throws PackageRejected {
        Optional<Bundle> existing = bundleAt(file.toUri().toString());
        if (existing.isEmpty()) {
            return installFromDeployFolder(file);
        }
        Bundle bundle = existing.get();
        PackageFile pkg = inspector.inspectBundle(file);
        if (!pkg.version().equals(bundle.getVersion()) || !pkg.bundleSymbolicName().equals(bundle.getSymbolicName())) {
            refuseDuplicate(pkg);
        }
        String previousName = bundle.getHeaders("").get(io.flowmason.api.component.ComponentNamespace.PACKAGE_HEADER);
        String previousVersion = bundle.getVersion().toString();
        try (InputStream in = Files.newInputStream(file)) {
            bundle.update(in);
        } catch (BundleException | IOException e) {
            throw new PackageRejected(422, "invalid_package", "The framework refused the new content of " + file.getFileName()
                    + ": " + e.getMessage(), List.of(), "Fix the package and copy it into the deploy folder again.");
        }
        refresh(bundle);
        String startError = start(bundle);
        try {
            if (previousName != null) {
                store.recordRemoval(previousName, previousVersion, "deploy_folder");
            }
            record(pkg, PackageSource.DEPLOY_FOLDER, "deploy_folder");
        } catch (SQLException e) {
            LOG.error("Updated {} but could not record it", file, e);
        }
        return new InstalledPackage(bundle, pkg, startError);
    }

    /**
     * Removes a package version: uninstalls its bundle, deletes the stored copy, records the removal.
     *
     * @throws PackageRejected 409 when a guard names something that depends on it
     */
    public synchronized void remove(Bundle bundle, String actor) throws PackageRejected {
        String name = bundle.getHeaders("").get(io.flowmason.api.component.ComponentNamespace.PACKAGE_HEADER);
        List<String> blockers = new ArrayList<>();
        for (PackageRemovalGuard guard : guards) {
            blockers.addAll(guard.blockers(name, bundle.getVersion()));
        }
        if (!blockers.isEmpty()) {
            throw new PackageRejected(409, "package_in_use", name + " " + bundle.getVersion() + " cannot be removed: "
                    + blockers.get(0), blockers, "Publish new versions of the pipelines that use it first.");
        }
        String location = bundle.getLocation();
        try {
            bundle.uninstall();
        } catch (BundleException e) {
            throw new PackageRejected(500, "removal_failed", "The framework could not uninstall " + name + ": " + e.getMessage(),
                    List.of(), "Look at the bundle in the Web Console at /system/console/bundles.");
        }
        startErrors.remove(bundle.getBundleId());
        refresh(bundle);
        if (location.startsWith(storedPackages.toUri().toString())) {
            deleteQuietly(Path.of(java.net.URI.create(location)));
        }
        if (name != null) {
            try {
                store.recordRemoval(name, bundle.getVersion().toString(), actor);
            } catch (SQLException e) {
                LOG.error("Removed {} {} but could not record it", name, bundle.getVersion(), e);
            }
        }
    }

    /** Why the bundle did not start when it was installed, if it did not. */
    public Optional<String> startError(Bundle bundle) {
        return Optional.ofNullable(startErrors.get(bundle.getBundleId()));
    }

    public Optional<Bundle> bundleAt(String location) {
        return Optional.ofNullable(context.getBundle(location));
    }

    private InstalledPackage installAndRecord(PackageFile pkg, String location, PackageSource source, String actor)
            throws PackageRejected {
        pkg.warnings().forEach(warning -> LOG.warn("Package {} {}: {}", pkg.packageName(), pkg.version(), warning));
        Bundle bundle;
        try (InputStream in = Files.newInputStream(pkg.path())) {
            bundle = context.installBundle(location, in);
        } catch (BundleException | IOException e) {
            throw new PackageRejected(422, "invalid_package", "The framework refused " + pkg.path().getFileName() + ": "
                    + e.getMessage(), List.of(), "Fix the bundle manifest; bnd with fmpkg.bnd writes a valid one.");
        }
        try {
            record(pkg, source, actor);
        } catch (SQLException e) {
            uninstallQuietly(bundle);
            throw new PackageRejected(500, "storage_error", "The package could not be recorded, so it was not installed: "
                    + e.getMessage(), List.of(), "Check the database; the instance log has the cause.");
        }
        return new InstalledPackage(bundle, pkg, start(bundle));
    }

    private void record(PackageFile pkg, PackageSource source, String actor) throws SQLException {
        if (!pkg.isPackage()) {
            return;
        }
        List<ComponentRow> rows = pkg.components().stream().map(c -> new ComponentRow(c.type(), c.kind(), c.category())).toList();
        store.recordDeploy(new PackageRecord(pkg.packageName(), pkg.version().toString(), pkg.bundleSymbolicName(), pkg.sha256(),
                source, pkg.isCore(), true, Instant.now(), actor), rows);
    }

    private String start(Bundle bundle) {
        try {
            bundle.start();
            startErrors.remove(bundle.getBundleId());
            return null;
        } catch (BundleException | RuntimeException e) {
            String reason = String.valueOf(e.getMessage());
            startErrors.put(bundle.getBundleId(), reason);
            LOG.warn("Package bundle {} {} did not start: {}", bundle.getSymbolicName(), bundle.getVersion(), reason);
            return reason;
        }
    }

    private void refuseDuplicate(PackageFile pkg) throws PackageRejected {
        for (Bundle installed : context.getBundles()) {
            boolean sameBundle = pkg.bundleSymbolicName().equals(installed.getSymbolicName()) && pkg.version().equals(installed.getVersion());
            boolean samePackage = pkg.isPackage() && pkg.packageName().equals(installed.getHeaders("")
                    .get(io.flowmason.api.component.ComponentNamespace.PACKAGE_HEADER)) && pkg.version().equals(installed.getVersion());
            if (sameBundle || samePackage) {
                String name = pkg.isPackage() ? pkg.packageName() : pkg.bundleSymbolicName();
                throw new PackageRejected(409, "package_exists", name + " " + pkg.version() + " is already installed.", List.of(),
                        "Raise Bundle-Version to deploy a new version beside it, or remove the installed one first.");
            }
        }
        refuseComponentClash(pkg);
    }

    /** One component type and version comes from one package, or resolution could not tell them apart. */
    private void refuseComponentClash(PackageFile pkg) throws PackageRejected {
        if (!pkg.isPackage()) {
            return;
        }
        try {
            for (PackageFile.DeclaredComponent component : pkg.components()) {
                Optional<String> other = store.activeProvider(component.type(), pkg.version().toString(), pkg.packageName());
                if (other.isPresent()) {
                    throw new PackageRejected(409, "component_exists", "Component " + component.type() + " " + pkg.version()
                            + " is already provided by package " + other.get() + ".", List.of(),
                            "Give the component another type, or remove " + other.get() + " " + pkg.version() + " first.");
                }
            }
        } catch (SQLException e) {
            throw new PackageRejected(500, "storage_error", "Cannot check the installed components: " + e.getMessage(), List.of(),
                    "Check the database; the instance log has the cause.");
        }
    }

    private void refresh(Bundle bundle) {
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(bundle));
    }

    private static void uninstallQuietly(Bundle bundle) {
        try {
            bundle.uninstall();
        } catch (BundleException | IllegalStateException e) {
            LOG.error("Could not uninstall {} after a failed installation", bundle.getSymbolicName(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }
}
