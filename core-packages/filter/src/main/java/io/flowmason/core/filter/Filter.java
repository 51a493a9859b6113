package io.flowmason.core.filter;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.DefaultValue;
import io.flowmason.api.component.Description;
import io.flowmason.api.component.ErrorType;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import io.flowmason.api.component.Required;
import io.flowmason.core.expression.Evaluator;
import io.flowmason.core.expression.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Keeps the items of a list for which a condition holds: the condition, a JMESPath (default) or
 * JSONata expression, is evaluated against each item, and an item stays when the answer is truthy
 * as JMESPath defines it ({@code false}, {@code null}, {@code ""}, {@code []}, {@code {}} and no
 * answer are false; everything else, {@code 0} included, is true).
 */
@Operator(type = "filter", category = "core",
        description = "Keeps the items of a list for which a JMESPath or JSONata condition holds")
@Component
public final class Filter implements OperatorComponent<Filter.Input, Filter.Output> {

    public record Input(
            @Required @Description("The items to filter") List<Object> items,
            @Required @Description("The expression evaluated against each item; truthy keeps it") String condition,
            @Description("The language of the condition") @DefaultValue("\"jmespath\"") Language language) {
    }

    public record Output(
            @Description("The items kept, in their order") List<Object> items,
            @Description("How many items the condition removed") int removedCount) {
    }

    @Override
    public Output execute(Input input, ExecutionContext context) throws ComponentException {
        Evaluator condition = Evaluator.compile(input.language(), input.condition(), "condition", "the items have");
        if (input.items() == null) {
            throw new ComponentException(ErrorType.INVALID_INPUT,
                    "items is missing: map a list to the filter's items input", false);
        }
        List<Object> kept = new ArrayList<>();
        int index = 0;
        for (Object item : input.items()) {
            if (Evaluator.isTruthy(condition.apply(item, "item " + index))) {
                kept.add(item);
            }
            index++;
        }
        return new Output(Collections.unmodifiableList(kept), input.items().size() - kept.size());
    }
}
