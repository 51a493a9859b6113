package io.flowmason.testpackage;

import io.flowmason.api.component.Description;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import io.flowmason.api.component.Required;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;

/** Upper-cases text. */
@Operator(type = "text_upper", category = "testing", description = "Upper-cases text")
@Component
public final class TextUpper implements OperatorComponent<TextUpper.Input, TextUpper.Output> {

    public record Input(@Required @Description("Text to upper-case") String text) {
    }

    public record Output(String text) {
    }

    @Override
    public Output execute(Input input, ExecutionContext context) {
        return new Output(input.text().toUpperCase(Locale.ROOT));
    }
}
