package io.flowmason.api.component;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value a record component takes when a pipeline maps nothing to it, written as a JSON literal:
 * {@code @DefaultValue("0.7")}, {@code @DefaultValue("\"info\"")}, {@code @DefaultValue("[]")}.
 * It appears as {@code default} in the JSON Schema.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface DefaultValue {
    String value();
}
