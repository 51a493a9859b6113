package io.flowmason.executor.internal.pipeline;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The environment variables pipelines may read with {@code {{env.NAME}}}: only those the instance
 * lists in {@code FLOWMASON_ENV_ALLOWLIST}, so a pipeline cannot read the instance's secrets.
 */
@Component(service = EnvAllowList.class)
public class EnvAllowList {

    static final String PROPERTY = "flowmason.env.allowlist";

    private final Set<String> names;

    @Activate
    public EnvAllowList(BundleContext context) {
        this(context.getProperty(PROPERTY));
    }

    EnvAllowList(String commaSeparated) {
        this.names = commaSeparated == null ? Set.of() : Arrays.stream(commaSeparated.split(",")).map(String::trim)
                .filter(name -> !name.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public Set<String> names() {
        return names;
    }
}
