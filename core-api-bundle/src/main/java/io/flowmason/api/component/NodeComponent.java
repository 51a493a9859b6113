package io.flowmason.api.component;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An LLM node. {@code I} and {@code O} are records: the platform builds {@code I} from the stage's
 * mapped input, and reads {@code O} back as the stage's output; their JSON Schemas are derived from
 * the record components. A node reaches its model through {@link ExecutionContext#provider()}.
 *
 * @param <I> the input record
 * @param <O> the output record
 */
@ConsumerType
public interface NodeComponent<I extends Record, O extends Record> {

    /**
     * Runs the node once. Throw {@link ComponentException} for failures the caller should see, with
     * {@link ComponentException#retryable()} true for those worth trying again.
     */
    O execute(I input, ExecutionContext context) throws ComponentException;
}
