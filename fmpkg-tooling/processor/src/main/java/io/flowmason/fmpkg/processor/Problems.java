package io.flowmason.fmpkg.processor;

import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.tools.Diagnostic;

/**
 * Reports errors through javac's {@link Messager}, each once: a record shared by two components, or
 * a class looked at again in a later round, would otherwise repeat the same error.
 */
final class Problems {

    private record Reported(Element element, String message) {
    }

    private final Messager messager;
    private final Set<Reported> reported = new HashSet<>();
    private int raised;

    Problems(Messager messager) {
        this.messager = messager;
    }

    void error(Element element, String message) {
        error(element, null, null, message);
    }

    /** An error pointing at an annotation's value where javac can show it, else at the element. */
    void error(Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
        raised++;
        if (reported.add(new Reported(element, message))) {
            messager.printMessage(Diagnostic.Kind.ERROR, message, locatable(element), annotation, value);
        }
    }

    /**
     * javac cannot place a message on a record component, but can on the record's field of the same
     * name, which is declared by the same source text.
     */
    private static Element locatable(Element element) {
        if (element != null && element.getKind() == ElementKind.RECORD_COMPONENT) {
            for (Element member : element.getEnclosingElement().getEnclosedElements()) {
                if (member.getKind() == ElementKind.FIELD && member.getSimpleName().equals(element.getSimpleName())) {
                    return member;
                }
            }
        }
        return element;
    }

    boolean any() {
        return raised > 0;
    }

    /** How many errors were raised so far, repeats included: compare two counts to see if a check failed. */
    int raised() {
        return raised;
    }
}
