package io.flowmason.gateway.internal.pipelines;

import io.flowmason.executor.pipeline.PipelineDefinition;
import io.flowmason.gateway.internal.ApiException;
import io.flowmason.gateway.internal.packages.CorePackagesInstaller;
import io.flowmason.gateway.internal.packages.PackageInstaller;
import io.flowmason.gateway.internal.packages.PackageRejected;
import io.flowmason.gateway.internal.store.InstanceStateStore;
import io.flowmason.gateway.internal.store.PackageSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first start's demo: after the core packages, installs the distribution's example packages
 * ({@code examples/*.fmpkg}) and creates and publishes its example pipelines
 * ({@code examples/*.json}), once. What the examples are is up to the distribution; a failed
 * example is logged and leaves the instance working.
 */
@Component(immediate = true)
public class ExamplesInstaller {

    static final String STATE = "examples_installed";
    private static final Logger LOG = LoggerFactory.getLogger(ExamplesInstaller.class);

    private final Path folder;
    private final PackageInstaller installer;
    private final PipelineService pipelines;
    private final InstanceStateStore state;

    @Activate
    public ExamplesInstaller(BundleContext context, @Reference CorePackagesInstaller core, @Reference PackageInstaller installer,
            @Reference PipelineService pipelines, @Reference InstanceStateStore state) {
        this.folder = Path.of(context.getProperty("flowmason.home"), "examples");
        this.installer = installer;
        this.pipelines = pipelines;
        this.state = state;
        core.finished().thenRunAsync(this::installOnce);
    }

    private void installOnce() {
        try {
            if (state.get(STATE).isPresent() || !Files.isDirectory(folder)) {
                return;
            }
            List<String> done = new ArrayList<>();
            for (Path file : files(".fmpkg")) {
                try {
                    installer.installStored(file, PackageSource.UPLOAD, "first-start");
                    done.add(file.getFileName().toString());
                } catch (PackageRejected rejected) {
                    LOG.warn("Example package {} was not installed: {} {}", file.getFileName(), rejected.getMessage(),
                            rejected.problems());
                }
            }
            for (Path file : files(".json")) {
                try {
                    PipelineDefinition definition = PipelineJson.read(Files.readString(file, StandardCharsets.UTF_8));
                    pipelines.create(definition);
                    pipelines.publish(definition.id(), "first-start");
                    done.add(definition.id() + "@" + definition.version());
                } catch (ApiException refused) {
                    LOG.warn("Example pipeline {} was not created: {} {}", file.getFileName(), refused.getMessage(),
                            refused.error().error().details());
                }
            }
            state.put(STATE, String.join(",", done));
            LOG.info("First start: examples ready: {}", done);
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.error("First start: the examples in {} could not be installed", folder, e);
        }
    }

    private List<Path> files(String extension) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList();
        }
    }
}
