package io.flowmason.api.component;

import io.flowmason.api.provider.LlmProvider;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.osgi.annotation.versioning.ProviderType;

/** What the platform tells a component about the run it is part of, and what it lends it. */
@ProviderType
public interface ExecutionContext {

    String runId();

    String pipelineId();

    String stageId();

    /** The instance's environment: {@code test}, {@code staging} or {@code production}. */
    String environment();

    /**
     * The LLM provider chosen for this stage, when it names one. Calls through it are counted
     * into the stage's usage (tokens, cost) automatically.
     */
    Optional<LlmProvider> provider();

    /**
     * Runs another deployed component through the platform's universal executor, as components
     * such as {@code loop} do. {@code input} and the answer are JSON-shaped: maps, lists, strings,
     * numbers, booleans and null.
     *
     * @param type        the component type
     * @param versionSpec {@code null} for the highest active version, {@code 1.2.0} for
     *                    {@code [1.2.0,2.0.0)}, {@code =1.2.0}, or an OSGi range
     */
    Map<String, Object> invoke(String type, String versionSpec, Map<String, Object> input) throws ComponentException;

    /**
     * As {@link #invoke}, without waiting: the stage completes with the other component's output,
     * or fails with a {@link ComponentException}. What a component that fans out (such as
     * {@code loop} over a node) uses so that waiting holds no thread.
     */
    CompletionStage<Map<String, Object>> invokeAsync(String type, String versionSpec, Map<String, Object> input);

    /**
     * Parses a value written with templates (typically a {@link Deferred} input field) so that
     * the component can render it for each of its own variables: {@code {{item.name}}},
     * {@code {{index}}}, next to {@code {{input.x}}} and {@code {{upstream.stage.field}}}.
     *
     * @param variables the variable names the templates may use besides the usual roots
     * @throws ComponentException of type {@link ErrorType#CONFIGURATION} naming an invalid template
     */
    TemplatedValue template(Object value, Set<String> variables) throws ComponentException;

    /** The log of this stage. */
    StageLog log();
}
