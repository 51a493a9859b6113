package io.flowmason.executor.internal.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;

/** Says, for a bundle that will not resolve, which of its requirements nothing on the instance provides. */
final class UnresolvedRequirements {

    private static final Pattern PACKAGE = Pattern.compile("\\(" + Pattern.quote(PackageNamespace.PACKAGE_NAMESPACE) + "=([^)]+)\\)");
    private static final Pattern FLOOR = Pattern.compile("(?<!!)\\(version>=([^)]+)\\)");
    private static final Pattern CEILING = Pattern.compile("\\(!\\(version>=([^)]+)\\)\\)");

    private UnresolvedRequirements() {
    }

    static String explain(Bundle bundle, FrameworkWiring wiring) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        List<String> missing = new ArrayList<>();
        if (revision != null) {
            for (BundleRequirement requirement : revision.getDeclaredRequirements(null)) {
                boolean optional = Namespace.RESOLUTION_OPTIONAL.equals(
                        requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
                if (!optional && wiring.findProviders(requirement).isEmpty()) {
                    missing.add(describe(requirement));
                }
            }
        }
        if (missing.isEmpty()) {
            return "the package is installed but not resolved; its requirements have providers, so one of them may itself be"
                    + " unresolved: check the bundles tab of the Web Console, then refresh the registry";
        }
        return "the package cannot resolve: nothing on this instance provides " + String.join("; ", missing)
                + ". Deploy a bundle that provides it, or embed the library in the package (bnd -conditionalpackage)"
                + " and redeploy";
    }

    static String describe(BundleRequirement requirement) {
        String filter = requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "");
        if (PackageNamespace.PACKAGE_NAMESPACE.equals(requirement.getNamespace())) {
            Matcher name = PACKAGE.matcher(filter);
            if (name.find()) {
                return "package " + name.group(1) + versionOf(filter);
            }
        }
        return requirement.getNamespace() + " " + filter;
    }

    private static String versionOf(String filter) {
        Matcher floor = FLOOR.matcher(filter);
        Matcher ceiling = CEILING.matcher(filter);
        boolean hasFloor = floor.find();
        boolean hasCeiling = ceiling.find();
        if (hasFloor && hasCeiling) {
            return " version [" + floor.group(1) + "," + ceiling.group(1) + ")";
        }
        if (hasFloor) {
            return " version >= " + floor.group(1);
        }
        return hasCeiling ? " version < " + ceiling.group(1) : "";
    }
}
