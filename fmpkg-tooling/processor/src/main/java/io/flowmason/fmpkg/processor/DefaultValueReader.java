package io.flowmason.fmpkg.processor;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Parses a {@code @DefaultValue} text as JSON and checks it against the component's schema,
 * reporting an error on the component when it is not valid JSON or does not fit the type.
 */
final class DefaultValueReader {

    /** A parsed JSON value; {@code value} is null for JSON null. */
    record Parsed(Object value) {
    }

    private final Problems problems;

    DefaultValueReader(Problems problems) {
        this.problems = problems;
    }

    Optional<Parsed> read(String text, Map<String, Object> schema, TypeMirror type, TypeElement record,
            RecordComponentElement component) {
        String subject = "@DefaultValue(" + javaLiteral(text) + ") on record " + record.getQualifiedName()
                + ", component `" + component.getSimpleName() + "` (" + type + ")";
        String fix = " Write a JSON literal that fits the type, e.g. @DefaultValue("
                + javaLiteral(DefaultValueCheck.example(schema)) + ")";
        Object value;
        try {
            value = JsonParser.parse(text);
        } catch (JsonSyntaxException e) {
            problems.error(component, subject + " is not valid JSON: " + e.getMessage() + "." + fix
                    + "; strings need double quotes inside the Java string.");
            return Optional.empty();
        }
        if (value == null && type.getKind().isPrimitive()) {
            problems.error(component, subject + " is null, which a primitive cannot hold." + fix
                    + ", or remove @DefaultValue.");
            return Optional.empty();
        }
        String mismatch = DefaultValueCheck.mismatch(schema, value);
        if (mismatch != null) {
            problems.error(component, subject + " does not fit its type: " + mismatch + "." + fix + ".");
            return Optional.empty();
        }
        return Optional.of(new Parsed(value));
    }

    /** How the text is written in Java source, so the message shows what to type. */
    static String javaLiteral(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
