package io.flowmason.executor.internal.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable index of every deployed component version, rebuilt whenever a package or a
 * component service comes or goes, so that lookups on the run path take no lock.
 */
final class RegistrySnapshot {

    static final RegistrySnapshot EMPTY = new RegistrySnapshot(List.of());

    private static final Comparator<DeployedComponent> BY_TYPE_THEN_VERSION =
            Comparator.comparing(DeployedComponent::type).thenComparing(DeployedComponent::version);

    private final List<DeployedComponent> all;
    private final Map<String, List<DeployedComponent>> byType;

    RegistrySnapshot(List<DeployedComponent> components) {
        List<DeployedComponent> sorted = new ArrayList<>(components);
        sorted.sort(BY_TYPE_THEN_VERSION);
        this.all = List.copyOf(sorted);
        Map<String, List<DeployedComponent>> index = new TreeMap<>();
        for (DeployedComponent component : all) {
            index.computeIfAbsent(component.type(), type -> new ArrayList<>()).add(component);
        }
        index.replaceAll((type, versions) -> List.copyOf(versions));
        this.byType = Map.copyOf(index);
    }

    List<DeployedComponent> all() {
        return all;
    }

    /** Every version of one type, ascending. */
    List<DeployedComponent> versions(String type) {
        return byType.getOrDefault(type, List.of());
    }

    List<DeployedComponent> ofBundle(long bundleId) {
        return all.stream().filter(component -> component.bundle().getBundleId() == bundleId).toList();
    }
}
