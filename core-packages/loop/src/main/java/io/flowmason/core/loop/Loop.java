package io.flowmason.core.loop;

import io.flowmason.api.component.AsyncOperatorComponent;
import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.DefaultValue;
import io.flowmason.api.component.Deferred;
import io.flowmason.api.component.Description;
import io.flowmason.api.component.ErrorType;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.Required;
import io.flowmason.api.component.TemplatedValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.osgi.service.component.annotations.Component;

/**
 * Runs another component once per item through the platform, at most {@code max_concurrency} at
 * a time, and answers the outputs in item order. The item's input is written with templates that
 * may use {@code {{item}}} and {@code {{index}}}; waiting on the items holds no thread.
 */
@Operator(type = "loop", category = "core", description = "Runs a component once per item")
@Component
public final class Loop implements AsyncOperatorComponent<Loop.Input, Loop.Output> {

    static final int MAX_CONCURRENCY = 64;

    public record Input(
            @Required @Description("The items to run over") List<Object> items,
            @Required @Description("The component type to run for each item, with an optional version: text_upper@1.0.0")
            String component,
            @Required @Deferred @Description("The component's input for one item; templates may use {{item}} and {{index}}")
            Map<String, Object> inputMapping,
            @Description("How many items run at once, 1 to 64") @DefaultValue("4") Integer maxConcurrency) {
    }

    public record Output(@Description("The component's output for each item, in item order") List<Object> results) {
    }

    @Override
    public CompletionStage<Output> execute(Input input, ExecutionContext context) throws ComponentException {
        int concurrency = input.maxConcurrency() == null ? 4 : input.maxConcurrency();
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw new ComponentException(ErrorType.INVALID_INPUT, "loop: max_concurrency " + concurrency + " is out of range;"
                    + " use 1 to " + MAX_CONCURRENCY, false);
        }
        Target target = Target.parse(input.component());
        TemplatedValue perItem = context.template(input.inputMapping(), Set.of("item", "index"));
        return new ItemRuns(input.items(), concurrency, (item, index) -> {
            Object rendered = perItem.render(ItemRuns.variables(item, index));
            if (!(rendered instanceof Map<?, ?> map)) {
                return CompletableFuture.failedFuture(new ComponentException(ErrorType.INVALID_INPUT,
                        "loop: input_mapping must render to an object", false));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> itemInput = (Map<String, Object>) map;
            return context.invokeAsync(target.type(), target.versionSpec(), itemInput);
        }).start().thenApply(Output::new);
    }

    /** The component to run: its type and, after an {@code @}, a version spec. */
    record Target(String type, String versionSpec) {
        static Target parse(String component) throws ComponentException {
            String text = component == null ? "" : component.trim();
            int at = text.indexOf('@');
            String type = at < 0 ? text : text.substring(0, at);
            if (!type.matches("[a-z][a-z0-9_]*")) {
                throw new ComponentException(ErrorType.INVALID_INPUT, "loop: component '" + component + "' is not a component"
                        + " type; write its type, such as text_upper, optionally with @<version>", false);
            }
            return new Target(type, at < 0 ? null : text.substring(at + 1));
        }
    }
}
