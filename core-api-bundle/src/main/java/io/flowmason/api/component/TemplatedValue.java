package io.flowmason.api.component;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A JSON value with {@code {{...}}} templates, parsed once by {@link ExecutionContext#template}
 * and rendered for each set of the component's own variables, with the run's input, the outputs of
 * earlier stages and the run's context as usual.
 */
@ProviderType
public interface TemplatedValue {

    /** @param variables the values of the variable names given when it was parsed, such as {@code item} and {@code index} */
    Object render(Map<String, Object> variables);
}
