package io.flowmason.gateway.internal.pipelines;

import io.flowmason.executor.ComponentInfo;
import io.flowmason.executor.ComponentRegistry;
import io.flowmason.gateway.internal.packages.PackageRemovalGuard;
import io.flowmason.gateway.internal.store.PipelineStore;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Keeps a package version that a published pipeline version is locked to. */
@Component(service = PackageRemovalGuard.class)
public class PublishedPipelineGuard implements PackageRemovalGuard {

    private final PipelineStore store;
    private final ComponentRegistry registry;

    @Activate
    public PublishedPipelineGuard(@Reference PipelineStore store, @Reference ComponentRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    @Override
    public List<String> blockers(String packageName, Version version) {
        List<String> blockers = new ArrayList<>();
        for (ComponentInfo component : registry.components(true)) {
            if (component.version().equals(version) && component.packageName() != null
                    && component.packageName().equals(packageName)) {
                try {
                    for (String pipeline : store.lockedBy(component.type(), version.toString())) {
                        blockers.add("published pipeline " + pipeline + " is locked to " + component.type() + " " + version);
                    }
                } catch (SQLException e) {
                    blockers.add("the pipeline locks could not be read (" + e.getMessage() + "), so removal is refused to be safe");
                }
            }
        }
        return blockers;
    }
}
