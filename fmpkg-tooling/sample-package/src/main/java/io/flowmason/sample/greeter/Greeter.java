package io.flowmason.sample.greeter;

import io.flowmason.api.component.DefaultValue;
import io.flowmason.api.component.Description;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import io.flowmason.api.component.Required;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** The sample package's operator: greets people, in a language of the caller's choice. */
@Operator(type = "sample_greeter", category = "samples", description = "Greets each name in a chosen language")
@Component
public final class Greeter implements OperatorComponent<Greeter.Input, Greeter.Output> {

    public enum Language { ENGLISH, FRENCH, GERMAN }

    public record Input(
            @Required @Description("Who to greet") List<String> names,
            @Description("Language of the greeting") @DefaultValue("\"ENGLISH\"") Language language,
            @Description("Exclamation marks to add") @DefaultValue("1") Integer emphasis) {
    }

    public record Output(@Description("One greeting per name, in order") List<String> greetings) {
    }

    @Override
    public Output execute(Input input, ExecutionContext context) {
        String hello = switch (input.language() == null ? Language.ENGLISH : input.language()) {
            case ENGLISH -> "Hello";
            case FRENCH -> "Bonjour";
            case GERMAN -> "Hallo";
        };
        String marks = "!".repeat(input.emphasis() == null ? 1 : Math.max(0, input.emphasis()));
        return new Output(input.names().stream().map(name -> hello + ", " + name + marks).toList());
    }
}
