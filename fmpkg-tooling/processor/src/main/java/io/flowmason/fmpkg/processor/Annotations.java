package io.flowmason.fmpkg.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads annotations through their mirrors, by qualified name, so no annotation class is loaded and
 * annotation types missing from the classpath are simply absent.
 */
final class Annotations {

    private final Elements elements;

    Annotations(Elements elements) {
        this.elements = elements;
    }

    static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(qualifiedName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    static boolean has(Element element, String qualifiedName) {
        return find(element, qualifiedName).isPresent();
    }

    /** The value written for {@code name}, or the annotation's default, or null when neither exists. */
    AnnotationValue value(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    String string(AnnotationMirror mirror, String name, String fallback) {
        AnnotationValue value = value(mirror, name);
        return value != null && value.getValue() instanceof String s ? s : fallback;
    }

    /** A {@code String[]} member; a single value written without braces arrives as a one-element list too. */
    List<String> strings(AnnotationMirror mirror, String name) {
        List<String> result = new ArrayList<>();
        AnnotationValue value = value(mirror, name);
        if (value != null && value.getValue() instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof AnnotationValue av && av.getValue() instanceof String s) {
                    result.add(s);
                }
            }
        }
        return result;
    }

    /** The {@code value()} of an annotation such as {@code @Description} on an element, if present. */
    Optional<String> valueOf(Element element, String qualifiedName) {
        return find(element, qualifiedName).map(mirror -> string(mirror, "value", null));
    }
}
