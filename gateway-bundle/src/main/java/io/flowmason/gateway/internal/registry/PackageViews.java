package io.flowmason.gateway.internal.registry;

import io.flowmason.api.component.ComponentNamespace;
import io.flowmason.executor.ComponentInfo;
import io.flowmason.executor.ComponentRegistry;
import io.flowmason.gateway.internal.packages.DeployFolderInstaller;
import io.flowmason.gateway.internal.packages.PackageInstaller;
import io.flowmason.gateway.internal.store.PackageRecord;
import io.flowmason.gateway.internal.store.PackageStore;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Builds the package views from the framework (state), the registry (components) and the store (history). */
@Component(service = PackageViews.class)
public class PackageViews {

    private final BundleContext context;
    private final ComponentRegistry registry;
    private final PackageStore store;
    private final PackageInstaller installer;
    private final DeployFolderInstaller deployFolder;

    @Activate
    public PackageViews(BundleContext context, @Reference ComponentRegistry registry, @Reference PackageStore store,
            @Reference PackageInstaller installer, @Reference DeployFolderInstaller deployFolder) {
        this.context = context;
        this.registry = registry;
        this.store = store;
        this.installer = installer;
        this.deployFolder = deployFolder;
    }

    /** Every installed package, working or not, then every deploy-folder file that was refused. */
    public List<PackageView> all() throws SQLException {
        List<PackageView> views = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getHeaders("").get(ComponentNamespace.PACKAGE_HEADER) != null) {
                views.add(of(bundle));
            }
        }
        views.sort(Comparator.comparing(PackageView::name).thenComparing(PackageView::version));
        for (DeployFolderInstaller.Rejection rejection : deployFolder.rejections()) {
            String reason = rejection.reason().getMessage() + (rejection.reason().problems().size() > 1
                    ? " " + String.join("; ", rejection.reason().problems()) : "") + " " + rejection.reason().suggestion();
            views.add(new PackageView(rejection.file(), null, null, "failed", reason, List.of(), "deploy_folder", null, null));
        }
        return views;
    }

    public PackageView of(Bundle bundle) throws SQLException {
        String name = bundle.getHeaders("").get(ComponentNamespace.PACKAGE_HEADER);
        String version = bundle.getVersion().toString();
        List<ComponentInfo> components = registry.componentsOf(bundle.getBundleId());
        Optional<String> startError = installer.startError(bundle);
        String loadError = startError.orElseGet(() -> components.stream().map(ComponentInfo::loadError)
                .filter(Objects::nonNull).findFirst().orElse(null));
        Optional<PackageRecord> record = store.find(name, version);
        return new PackageView(name, version, bundle.getSymbolicName(), state(bundle, loadError), loadError,
                components.stream().map(ComponentInfo::type).sorted().toList(),
                record.map(r -> r.source().id()).orElse(null),
                record.map(PackageRecord::deployedAt).orElse(null),
                record.map(PackageRecord::sha256).orElse(null));
    }

    private static String state(Bundle bundle, String loadError) {
        if (bundle.getState() == Bundle.ACTIVE && loadError == null) {
            return "active";
        }
        if (bundle.getState() == Bundle.INSTALLED || loadError != null) {
            return "failed";
        }
        return "installed";
    }
}
