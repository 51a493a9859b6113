package io.flowmason.api.component;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A non-LLM operator: data shaping, HTTP calls, control flow. {@code I} and {@code O} are records,
 * as for {@link NodeComponent}.
 *
 * @param <I> the input record
 * @param <O> the output record
 */
@ConsumerType
public interface OperatorComponent<I extends Record, O extends Record> {

    /** Runs the operator once; see {@link NodeComponent#execute}. */
    O execute(I input, ExecutionContext context) throws ComponentException;
}
