package io.flowmason.executor;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Every component version deployed on this instance, tracked from the framework as packages come
 * and go: several versions of one type live side by side.
 */
@ProviderType
public interface ComponentRegistry {

    /** Every known component version, ordered by type then version; inactive ones only when asked. */
    List<ComponentInfo> components(boolean includeInactive);

    /** Every installed version of one type, ascending, active or not; empty when none is. */
    List<ComponentInfo> versions(String type);

    /**
     * The highest available version of {@code type} that {@code spec} accepts.
     *
     * @throws ComponentNotFoundException naming the installed versions when none matches
     */
    ComponentInfo resolve(String type, VersionSpec spec) throws ComponentNotFoundException;

    /** The components a bundle carries (by its descriptor), active or not. */
    List<ComponentInfo> componentsOf(long bundleId);

    /**
     * A number that grows whenever a component version comes, goes, or changes availability; what
     * was resolved under one generation holds until the next.
     */
    long generation();

    /** The component with this type and exact version, if installed. */
    Optional<ComponentInfo> find(String type, org.osgi.framework.Version version);
}
