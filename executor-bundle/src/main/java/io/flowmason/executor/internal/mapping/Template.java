package io.flowmason.executor.internal.mapping;

import java.util.List;
import java.util.Set;

/**
 * A string with {@code {{ expr }}} parts, parsed once and rendered many times. A string that is
 * exactly one template renders to the referenced value, keeping its type; any other renders to
 * text (see {@link #renderText}). Missing paths render as null, never as an error.
 */
public final class Template {

    private final String text;
    private final String[] literals;
    private final Reference[] references;
    private final boolean single;
    private final int literalLength;

    Template(String text, List<String> literals, List<Reference> references) {
        this.text = text;
        this.literals = literals.toArray(new String[0]);
        this.references = references.toArray(new Reference[0]);
        this.single = this.references.length == 1 && this.literals[0].isEmpty() && this.literals[1].isEmpty();
        this.literalLength = literals.stream().mapToInt(String::length).sum();
    }

    /** Parses with the roots input, upstream, env and context. */
    public static Template parse(String text) throws TemplateException {
        return TemplateParser.parse(text, Set.of());
    }

    /** Parses allowing further roots, such as a loop's {@code item} and {@code index}, which {@link Scope#extra} reads. */
    public static Template parse(String text, Set<String> extraRoots) throws TemplateException {
        return TemplateParser.parse(text, extraRoots);
    }

    /** False for plain text without any {@code {{}}. */
    public boolean isTemplate() {
        return references.length > 0;
    }

    /** True when the text is one {@code {{ expr }}} and nothing else, so it renders to the value itself. */
    public boolean isSingleReference() {
        return single;
    }

    /** The references in order of appearance. */
    public List<Reference> references() {
        return List.of(references);
    }

    /** The text as written. */
    public String text() {
        return text;
    }

    /** The referenced value itself for a single reference, else the text. */
    public Object render(Scope scope) {
        if (single) {
            return references[0].resolve(scope);
        }
        return renderText(scope);
    }

    /**
     * Always text: strings as they are, numbers and booleans as JSON, objects and arrays as compact
     * JSON, null and missing values as nothing.
     */
    public String renderText(Scope scope) {
        if (references.length == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(literalLength + 16 * references.length);
        for (int i = 0; i < references.length; i++) {
            out.append(literals[i]);
            Object value = references[i].resolve(scope);
            if (value instanceof String string) {
                out.append(string);
            } else if (value != null) {
                out.append(Json.text(value));
            }
        }
        return out.append(literals[references.length]).toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
