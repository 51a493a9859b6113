package io.flowmason.fmpkg.processor;

/** Source snippets shared by the tests. */
final class Sources {

    /** Imports a component source usually needs, to put after its package line. */
    static final String IMPORTS = """
            import io.flowmason.api.component.*;
            import java.util.*;
            import org.osgi.service.component.annotations.Component;
            """;

    private Sources() {
    }

    /** A file in package {@code acme} with the common imports. */
    static String acme(String body) {
        return "package acme;\n" + IMPORTS + body;
    }

    /**
     * A valid operator of the given type and class name, with one-field Input and Output records;
     * {@code inputComponents} replaces the Input record's components when given.
     */
    static String operator(String className, String type, String inputComponents) {
        return acme("""
                @Operator(type = "%s")
                @Component
                public class %s implements OperatorComponent<%s.Input, %s.Output> {
                    public record Input(%s) {}
                    public record Output(String text) {}
                    public Output execute(Input input, ExecutionContext context) { return null; }
                }
                """.formatted(type, className, className, className, inputComponents));
    }
}
