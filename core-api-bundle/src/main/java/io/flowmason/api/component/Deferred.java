package io.flowmason.api.component;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an input field whose {@code {{...}}} templates the component renders itself, with
 * variables of its own (a loop's {@code {{item}}}), through {@link ExecutionContext#template}. The
 * platform passes such a field's value to the component as written instead of rendering it; the
 * schema shows it as {@code "x-flowmason-deferred": true}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface Deferred {

    /** The schema keyword the processor writes for a deferred field. */
    String SCHEMA_KEYWORD = "x-flowmason-deferred";
}
