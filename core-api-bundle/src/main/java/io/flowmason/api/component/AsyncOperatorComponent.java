package io.flowmason.api.component;

import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An operator that waits on something outside the instance (an HTTP call) or on other components
 * ({@link ExecutionContext#invokeAsync}), and so answers with a {@link CompletionStage} instead of
 * holding a thread while it waits. Declared with {@link Operator} like any operator; everything
 * else about it is as for {@link OperatorComponent}.
 *
 * @param <I> the input record
 * @param <O> the output record
 */
@ConsumerType
public interface AsyncOperatorComponent<I extends Record, O extends Record> {

    /**
     * Starts the operator's work and answers at once. Fail (throw, or complete the stage
     * exceptionally) with a {@link ComponentException} for failures the caller should see.
     */
    CompletionStage<O> execute(I input, ExecutionContext context) throws ComponentException;
}
