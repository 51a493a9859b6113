package io.flowmason.gateway.internal.packages;

import io.flowmason.gateway.internal.ReadinessCheck;
import io.flowmason.gateway.internal.store.InstanceStateStore;
import io.flowmason.gateway.internal.store.PackageSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first start: installs every package of the distribution's {@code core-packages/} folder
 * through the one installation path, as core packages, and records that it did, so that a later
 * start does not bring back a core package an admin removed. Until it is done, and while any core
 * package failed, the instance is not ready.
 */
@Component(service = {CorePackagesInstaller.class, ReadinessCheck.class}, immediate = true)
public class CorePackagesInstaller implements ReadinessCheck {

    static final String STATE = "core_packages_installed";
    static final String FOLDER = "core-packages";
    private static final Logger LOG = LoggerFactory.getLogger(CorePackagesInstaller.class);

    private final PackageInstaller installer;
    private final InstanceStateStore state;
    private final Path folder;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private volatile boolean done;
    private final CompletableFuture<Void> finished = new CompletableFuture<>();

    @Activate
    public CorePackagesInstaller(BundleContext context, @Reference PackageInstaller installer, @Reference InstanceStateStore state) {
        this.installer = installer;
        this.state = state;
        this.folder = Path.of(context.getProperty("flowmason.home"), FOLDER);
        Thread first = new Thread(this::installOnce, "flowmason-first-start");
        first.setDaemon(true);
        first.start();
    }

    private void installOnce() {
        try {
            if (state.get(STATE).isPresent()) {
                return;
            }
            List<String> installed = new ArrayList<>();
            for (Path file : packages()) {
                try {
                    InstalledPackage pkg = installer.installStored(file, PackageSource.CORE, "system");
                    installed.add(pkg.file().packageName() + "@" + pkg.file().version());
                } catch (PackageRejected rejected) {
                    if (rejected.status() == 409) {
                        installed.add(file.getFileName().toString());
                    } else {
                        problems.add("Core package " + file.getFileName() + " was refused: " + rejected.getMessage() + " "
                                + String.join("; ", rejected.problems()));
                    }
                }
            }
            if (problems.isEmpty()) {
                state.put(STATE, String.join(",", installed));
                LOG.info("First start: installed {} core packages from {}", installed.size(), folder);
            }
        } catch (IOException | SQLException | RuntimeException e) {
            problems.add("The core packages could not be installed from " + folder + ": " + e.getMessage());
            LOG.error("First start: the core packages could not be installed from {}", folder, e);
        } finally {
            done = true;
            finished.complete(null);
        }
    }

    private List<Path> packages() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".fmpkg")).sorted().toList();
        }
    }

    /** Completes when the first start has finished installing (successfully or not). */
    public CompletableFuture<Void> finished() {
        return finished;
    }

    /** Whether the first start has finished installing (successfully or not). */
    public boolean done() {
        return done;
    }

    @Override
    public String name() {
        return "core_packages";
    }

    @Override
    public List<String> problems() {
        if (!done) {
            return List.of("The core packages are being installed from " + folder + "; try again in a moment.");
        }
        return List.copyOf(problems);
    }
}
