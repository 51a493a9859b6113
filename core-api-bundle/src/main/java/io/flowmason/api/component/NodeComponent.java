package io.flowmason.api.component;

import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An LLM node. {@code I} and {@code O} are records: the platform builds {@code I} from the stage's
 * mapped input, and reads {@code O} back as the stage's output; their JSON Schemas are derived from
 * the record components. A node reaches its model through {@link ExecutionContext#provider()}.
 *
 * <p>A node answers with a {@link CompletionStage} because it mostly waits on a model: composing
 * on the provider's asynchronous answer holds no thread while the model thinks, so an instance
 * runs thousands of nodes at once on a handful of threads.
 *
 * <pre>{@code
 * return context.provider().orElseThrow()
 *         .complete(CompletionRequest.of(input.system(), input.prompt(), null, null))
 *         .thenApply(answer -> new Output(answer.content()));
 * }</pre>
 *
 * @param <I> the input record
 * @param <O> the output record
 */
@ConsumerType
public interface NodeComponent<I extends Record, O extends Record> {

    /**
     * Runs the node once. Fail (throw, or complete the stage exceptionally) with a
     * {@link ComponentException} for failures the caller should see, with
     * {@link ComponentException#retryable()} true for those worth trying again. Do not block:
     * compose on the provider's answer instead.
     */
    CompletionStage<O> execute(I input, ExecutionContext context) throws ComponentException;
}
