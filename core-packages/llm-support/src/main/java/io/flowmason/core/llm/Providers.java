package io.flowmason.core.llm;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.provider.LlmProvider;

/** Finds the model a node's stage names. */
public final class Providers {

    private Providers() {
    }

    /**
     * The stage's provider.
     *
     * @param type the node's component type, named in the error
     * @throws ComponentException of type {@link ErrorType#CONFIGURATION}, not retryable, when the
     *                            stage names no provider
     */
    public static LlmProvider require(ExecutionContext context, String type) throws ComponentException {
        return context.provider().orElseThrow(() -> new ComponentException(ErrorType.CONFIGURATION,
                type + " needs a provider; set the stage's provider", false));
    }
}
