package io.flowmason.executor.internal.registry;

import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * Says why the DS component behind a component type registers no service, from the Service
 * Component Runtime's own account of it.
 */
final class ComponentFailures {

    private ComponentFailures() {
    }

    static String explain(ServiceComponentRuntime scr, Bundle bundle, String implementationClass) {
        if (scr == null) {
            return "the Service Component Runtime is not running, so no component can start; check the runtime bundles";
        }
        ComponentDescriptionDTO description = null;
        for (ComponentDescriptionDTO candidate : scr.getComponentDescriptionDTOs(bundle)) {
            if (candidate.implementationClass.equals(implementationClass)) {
                description = candidate;
            }
        }
        if (description == null) {
            return "no DS component in the package is implemented by " + implementationClass
                    + "; annotate the class with @Component and rebuild the package";
        }
        if (!scr.isComponentEnabled(description)) {
            return "component " + description.name + " is disabled; enable it in the Web Console's components tab";
        }
        List<String> reasons = new ArrayList<>();
        for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
            String reason = reason(configuration);
            if (reason != null) {
                reasons.add(reason);
            }
        }
        if (!reasons.isEmpty()) {
            return String.join("; ", reasons);
        }
        if ("require".equals(description.configurationPolicy)) {
            return "component " + description.name + " needs a configuration with PID " + String.join(", ", description.configurationPid)
                    + "; add one under conf/osgi or in the Web Console's configuration tab";
        }
        return "component " + description.name + " registered no service; check the instance log for its errors";
    }

    /**
     * Why a component whose service is registered cannot give it out: SCR keeps the service of a
     * component whose activate method threw, and says so only in its runtime DTOs.
     *
     * @return null when SCR reports no failed activation for the service
     */
    static String activationFailure(ServiceComponentRuntime scr, ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        if (scr == null || bundle == null || !(reference.getProperty(ComponentConstants.COMPONENT_ID) instanceof Long id)) {
            return null;
        }
        ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(bundle,
                String.valueOf(reference.getProperty(ComponentConstants.COMPONENT_NAME)));
        if (description == null) {
            return null;
        }
        for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
            if (configuration.id == id && configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                return reason(configuration);
            }
        }
        return null;
    }

    private static String reason(ComponentConfigurationDTO configuration) {
        return switch (configuration.state) {
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "activation failed: " + firstLines(configuration.failure)
                    + " (fix the component's activate method or its configuration and redeploy)";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "it waits for " + unsatisfied(configuration.unsatisfiedReferences)
                    + "; deploy a bundle that provides it";
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "it waits for its configuration "
                    + String.join(", ", configuration.description.configurationPid);
            default -> null;
        };
    }

    private static String unsatisfied(UnsatisfiedReferenceDTO[] references) {
        List<String> names = new ArrayList<>();
        for (UnsatisfiedReferenceDTO reference : references) {
            names.add("reference '" + reference.name + "'" + (reference.target == null ? "" : " with target " + reference.target));
        }
        return String.join(", ", names);
    }

    /** A stack trace's first lines say what was thrown; the rest only says where. */
    private static String firstLines(String failure) {
        if (failure == null) {
            return "no reason given";
        }
        String[] lines = failure.strip().split("\\R");
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith("at ") || trimmed.startsWith("...")) {
                continue;
            }
            kept.add(trimmed);
            if (kept.size() == 3) {
                break;
            }
        }
        return String.join(" / ", kept);
    }
}
