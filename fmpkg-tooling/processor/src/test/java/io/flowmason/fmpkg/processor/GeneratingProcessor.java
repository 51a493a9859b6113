package io.flowmason.fmpkg.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/** Generates, in the first round, a record a hand-written component uses and a second component. */
final class GeneratingProcessor extends AbstractProcessor {

    private boolean generated;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (generated) {
            return false;
        }
        generated = true;
        write("gen.GeneratedInput", "package gen;\npublic record GeneratedInput(long generatedField) {}\n");
        write("gen.GeneratedOperator", "package gen;\n" + Sources.IMPORTS + """
                @Operator(type = "generated_operator")
                @Component
                public class GeneratedOperator implements OperatorComponent<GeneratedInput, GeneratedOperator.Output> {
                    public record Output(String text) {}
                    public Output execute(GeneratedInput input, ExecutionContext context) { return null; }
                }
                """);
        return false;
    }

    private void write(String name, String code) {
        try (Writer out = processingEnv.getFiler().createSourceFile(name).openWriter()) {
            out.write(code);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
