package io.flowmason.executor.internal.registry;

import io.flowmason.api.component.AsyncOperatorComponent;
import io.flowmason.api.component.ComponentNamespace;
import io.flowmason.api.component.NodeComponent;
import io.flowmason.api.component.OperatorComponent;
import io.flowmason.executor.ComponentInfo;
import io.flowmason.executor.ComponentKind;
import io.flowmason.executor.ComponentNotFoundException;
import io.flowmason.executor.ComponentRegistry;
import io.flowmason.executor.VersionSpec;
import io.flowmason.executor.internal.states.ComponentStateBook;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The component registry, kept from the framework itself: packages (bundles with a
 * {@code FlowMason-Package} header) say through their descriptors which components they carry, and
 * component services say which of those can run now. Nothing here knows a component type.
 */
@Component(service = {ComponentRegistry.class, LiveComponentRegistry.class})
public class LiveComponentRegistry implements ComponentRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(LiveComponentRegistry.class);
    private static final int PACKAGE_STATES = Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING;

    private final Map<Long, TrackedPackage> packages = new ConcurrentHashMap<>();
    private final Map<ServiceReference<?>, String> services = new ConcurrentHashMap<>();
    private final FrameworkWiring wiring;
    private final BundleTracker<TrackedPackage> packageTracker;
    private final ServiceTracker<Object, ServiceReference<?>> serviceTracker;
    private final BundleContext context;
    private final Map<ServiceReference<?>, Object> instances = new ConcurrentHashMap<>();
    private volatile RegistrySnapshot snapshot = RegistrySnapshot.EMPTY;
    private final AtomicLong generation = new AtomicLong();
    private final ComponentStateBook states;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceComponentRuntime scr;

    /** A package bundle and what its descriptor says, read once per bundle update. */
    private record TrackedPackage(Bundle bundle, String name, long lastModified, List<ComponentDescriptor> descriptors) {
    }

    @Activate
    public LiveComponentRegistry(BundleContext context, @Reference ComponentStateBook states) throws InvalidSyntaxException {
        this.context = context;
        this.states = states;
        this.wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        this.packageTracker = new BundleTracker<>(context, PACKAGE_STATES, new PackageCustomizer());
        String filter = "(|(" + Constants.OBJECTCLASS + "=" + NodeComponent.class.getName() + ")(" + Constants.OBJECTCLASS + "="
                + OperatorComponent.class.getName() + ")(" + Constants.OBJECTCLASS + "=" + AsyncOperatorComponent.class.getName() + "))";
        this.serviceTracker = new ServiceTracker<>(context, FrameworkUtil.createFilter(filter), new ServiceCustomizer());
        packageTracker.open();
        serviceTracker.open();
    }

    @Deactivate
    void close() {
        serviceTracker.close();
        packageTracker.close();
        instances.keySet().forEach(this::release);
    }

    @Override
    public long generation() {
        return generation.get();
    }

    /**
     * The component object behind a deployed component, got from the framework once and kept
     * until its service goes away (which is when SCR activates a delayed component).
     *
     * @throws ComponentUnavailableException when it is not available, SCR cannot activate it, or the
     *         version is quarantined or disabled
     */
    public Object instance(DeployedComponent component) throws ComponentUnavailableException {
        ComponentStateBook.Refusal refusal = states.refusal(component.type(), component.version());
        if (refusal != null) {
            throw new ComponentUnavailableException(refusal.code(), refusal.message());
        }
        ServiceReference<?> reference = component.reference();
        if (reference == null || !component.available()) {
            throw new ComponentUnavailableException(component.type() + " " + component.version() + " is not available: "
                    + loadError(component));
        }
        Object instance = instances.get(reference);
        if (instance != null) {
            return instance;
        }
        Object created = context.getService(reference);
        if (created == null) {
            String failure = ComponentFailures.activationFailure(scr, reference);
            throw new ComponentUnavailableException(component.type() + " " + component.version() + " could not be activated: "
                    + (failure == null ? "its service is gone" : failure));
        }
        Object raced = instances.putIfAbsent(reference, created);
        if (raced != null) {
            context.ungetService(reference);
            return raced;
        }
        return created;
    }

    /** The deployed component with this exact version, available or not. */
    public Optional<DeployedComponent> findDeployed(String type, Version version) {
        return snapshot.versions(type).stream().filter(c -> c.version().equals(version)).findFirst();
    }

    private void release(ServiceReference<?> reference) {
        if (instances.remove(reference) != null) {
            try {
                context.ungetService(reference);
            } catch (IllegalStateException bundleContextGone) {
                // the executor bundle is stopping; the framework releases everything itself
            }
        }
    }

    @Override
    public List<ComponentInfo> components(boolean includeInactive) {
        return snapshot.all().stream().filter(component -> includeInactive || component.available()).map(this::info)
                .filter(info -> includeInactive || info.available()).toList();
    }

    @Override
    public List<ComponentInfo> versions(String type) {
        return snapshot.versions(type).stream().map(this::info).toList();
    }

    @Override
    public ComponentInfo resolve(String type, VersionSpec spec) throws ComponentNotFoundException {
        List<DeployedComponent> versions = snapshot.versions(type);
        for (int i = versions.size() - 1; i >= 0; i--) {
            DeployedComponent candidate = versions.get(i);
            if (candidate.available() && spec.includes(candidate.version())) {
                ComponentInfo info = info(candidate);
                if (info.available()) {
                    return info;
                }
            }
        }
        throw new ComponentNotFoundException(type, spec, versions.stream().map(c -> c.version().toString()).toList());
    }

    /**
     * As {@link #resolve}, for the run path: takes no account of SCR's failed activations, which the
     * executor meets when it asks for the service.
     */
    public DeployedComponent resolveDeployed(String type, VersionSpec spec) throws ComponentNotFoundException {
        List<DeployedComponent> versions = snapshot.versions(type);
        for (int i = versions.size() - 1; i >= 0; i--) {
            DeployedComponent candidate = versions.get(i);
            if (candidate.available() && spec.includes(candidate.version())) {
                return candidate;
            }
        }
        throw new ComponentNotFoundException(type, spec, versions.stream().map(c -> c.version().toString()).toList());
    }

    @Override
    public List<ComponentInfo> componentsOf(long bundleId) {
        return snapshot.ofBundle(bundleId).stream().map(this::info).toList();
    }

    @Override
    public Optional<ComponentInfo> find(String type, Version version) {
        return snapshot.versions(type).stream().filter(c -> c.version().equals(version)).findFirst().map(this::info);
    }

    private ComponentInfo info(DeployedComponent component) {
        return component.toInfo(component.available()
                ? ComponentFailures.activationFailure(scr, component.reference())
                : loadError(component));
    }

    /** Worked out when asked, not when events arrive: SCR settles a failure after the service has gone. */
    private String loadError(DeployedComponent component) {
        if (component.shadowedBy() != null) {
            return "package " + component.shadowedBy() + " already provides " + component.type() + " " + component.version()
                    + "; remove one of the two, or give this package a new version";
        }
        Bundle bundle = component.bundle();
        return switch (bundle.getState()) {
            case Bundle.INSTALLED -> UnresolvedRequirements.explain(bundle, wiring);
            case Bundle.RESOLVED, Bundle.STARTING -> "the package is resolved but not started; start it in the Web Console"
                    + " or redeploy it";
            case Bundle.ACTIVE -> ComponentFailures.explain(scr, bundle, component.descriptor().implementationClass());
            default -> "the package is stopping or being removed";
        };
    }

    private synchronized void rebuild() {
        Map<String, ServiceReference<?>> servicesByKey = new HashMap<>();
        services.forEach((reference, type) -> {
            Bundle owner = reference.getBundle();
            if (owner != null) {
                servicesByKey.merge(owner.getBundleId() + "/" + type, reference, (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        });
        List<DeployedComponent> components = new ArrayList<>();
        Map<String, String> providers = new HashMap<>();
        packages.values().stream().sorted((a, b) -> Long.compare(a.bundle().getBundleId(), b.bundle().getBundleId()))
                .forEach(pkg -> {
                    for (ComponentDescriptor descriptor : pkg.descriptors()) {
                        ServiceReference<?> reference = servicesByKey.remove(pkg.bundle().getBundleId() + "/" + descriptor.type());
                        DeployedComponent component = new DeployedComponent(descriptor, pkg.bundle(), pkg.name(), reference, null);
                        String key = descriptor.type() + "@" + pkg.bundle().getVersion();
                        String earlier = providers.putIfAbsent(key, pkg.name());
                        components.add(earlier == null ? component : component.shadowed(earlier));
                    }
                });
        servicesByKey.values().forEach(reference -> undescribed(reference).ifPresent(components::add));
        snapshot = new RegistrySnapshot(components);
        generation.incrementAndGet();
    }

    /** A component service its bundle's descriptor does not mention: known by its service properties only. */
    private static Optional<DeployedComponent> undescribed(ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        if (bundle == null) {
            return Optional.empty();
        }
        String[] classes = (String[]) reference.getProperty(Constants.OBJECTCLASS);
        ComponentKind kind = List.of(classes).contains(NodeComponent.class.getName()) ? ComponentKind.NODE : ComponentKind.OPERATOR;
        ComponentDescriptor descriptor = new ComponentDescriptor(String.valueOf(reference.getProperty(ComponentNamespace.TYPE)), kind,
                String.valueOf(reference.getProperty("component.name")), text(reference, ComponentNamespace.CATEGORY, "custom"),
                text(reference, ComponentNamespace.DESCRIPTION, ""), List.of(), List.of(), Map.of(), Map.of());
        String name = bundle.getHeaders("").get(ComponentNamespace.PACKAGE_HEADER);
        return Optional.of(new DeployedComponent(descriptor, bundle, name == null ? bundle.getSymbolicName() : name, reference, null));
    }

    private static String text(ServiceReference<?> reference, String key, String fallback) {
        Object value = reference.getProperty(key);
        return value == null ? fallback : value.toString();
    }

    private static List<ComponentDescriptor> descriptorsOf(Bundle bundle) {
        URL entry = bundle.getEntry(ComponentNamespace.DESCRIPTOR_PATH);
        if (entry == null) {
            LOG.warn("package {} {} has no {}; its components are known only while their services run",
                    bundle.getSymbolicName(), bundle.getVersion(), ComponentNamespace.DESCRIPTOR_PATH);
            return List.of();
        }
        try (InputStream in = entry.openStream()) {
            return DescriptorReader.read(in);
        } catch (IOException e) {
            LOG.warn("package {} {}: cannot read {}: {}", bundle.getSymbolicName(), bundle.getVersion(),
                    ComponentNamespace.DESCRIPTOR_PATH, e.getMessage());
            return List.of();
        }
    }

    private final class PackageCustomizer implements BundleTrackerCustomizer<TrackedPackage> {

        @Override
        public TrackedPackage addingBundle(Bundle bundle, BundleEvent event) {
            String name = bundle.getHeaders("").get(ComponentNamespace.PACKAGE_HEADER);
            if (name == null) {
                return null;
            }
            TrackedPackage tracked = new TrackedPackage(bundle, name, bundle.getLastModified(), descriptorsOf(bundle));
            packages.put(bundle.getBundleId(), tracked);
            rebuild();
            return tracked;
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, TrackedPackage tracked) {
            if (bundle.getLastModified() != tracked.lastModified()) {
                String name = bundle.getHeaders("").get(ComponentNamespace.PACKAGE_HEADER);
                packages.put(bundle.getBundleId(), new TrackedPackage(bundle, name == null ? tracked.name() : name,
                        bundle.getLastModified(), descriptorsOf(bundle)));
            }
            rebuild();
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, TrackedPackage tracked) {
            packages.remove(bundle.getBundleId());
            rebuild();
        }
    }

    private final class ServiceCustomizer implements ServiceTrackerCustomizer<Object, ServiceReference<?>> {

        @Override
        public ServiceReference<?> addingService(ServiceReference<Object> reference) {
            Object type = reference.getProperty(ComponentNamespace.TYPE);
            if (type == null) {
                LOG.warn("component service {} from bundle {} has no {} property; annotate it with @Node or @Operator",
                        reference.getProperty(Constants.SERVICE_ID), reference.getBundle(), ComponentNamespace.TYPE);
                return null;
            }
            services.put(reference, type.toString());
            rebuild();
            return reference;
        }

        @Override
        public void modifiedService(ServiceReference<Object> reference, ServiceReference<?> tracked) {
            Object type = reference.getProperty(ComponentNamespace.TYPE);
            if (type != null) {
                services.put(reference, type.toString());
            }
            rebuild();
        }

        @Override
        public void removedService(ServiceReference<Object> reference, ServiceReference<?> tracked) {
            services.remove(reference);
            rebuild();
            release(reference);
        }
    }
}
