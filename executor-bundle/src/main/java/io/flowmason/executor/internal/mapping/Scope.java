package io.flowmason.executor.internal.mapping;

/**
 * What templates read while a run is going: the pipeline input, the outputs of finished stages,
 * allowed environment variables and facts about the run. Implemented by the executor.
 */
public interface Scope {

    /** The pipeline's input, usually a map. */
    Object input();

    /** The output of a finished stage, or null when it has none (yet). */
    Object upstream(String stageId);

    /** The value of an allowed environment variable, or null. */
    String env(String name);

    /** One of {@code run_id}, {@code pipeline_id}, {@code environment}, {@code stage_id}. */
    Object context(String key);

    /** A root a caller allowed when parsing, such as a loop's {@code item} and {@code index}; null by default. */
    default Object extra(String root) {
        return null;
    }
}
