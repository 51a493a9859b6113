package io.flowmason.testpackage;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import io.flowmason.api.component.Required;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.service.component.annotations.Component;

/** Fails retryably the first {@code failures} times it is called with a key, then succeeds. */
@Operator(type = "flaky", category = "testing", description = "Fails a set number of times, then works")
@Component
public final class Flaky implements OperatorComponent<Flaky.Input, Flaky.Output> {

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    public record Input(@Required String key, int failures) {
    }

    public record Output(int calls) {
    }

    @Override
    public Output execute(Input input, ExecutionContext context) throws ComponentException {
        int call = calls.computeIfAbsent(input.key(), key -> new AtomicInteger()).incrementAndGet();
        if (call <= input.failures()) {
            throw new ComponentException(ErrorType.UPSTREAM, "failure " + call + " of " + input.failures(), true);
        }
        return new Output(call);
    }
}
