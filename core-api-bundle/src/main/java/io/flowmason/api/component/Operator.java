package io.flowmason.api.component;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.annotation.bundle.Attribute;
import org.osgi.annotation.bundle.Capability;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Declares a non-LLM operator: put it beside {@code @Component} on a class implementing
 * {@link OperatorComponent}. Like {@link Node}, its values become service properties and a
 * {@code flowmason.component} capability at build time.
 */
@ComponentPropertyType
@Capability(namespace = ComponentNamespace.NAMESPACE, attribute = "kind=operator")
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Operator {

    String PREFIX_ = ComponentNamespace.PROPERTY_PREFIX;

    /** The component type pipelines name in a stage's {@code type}, in snake_case: {@code json_transform}. */
    @Attribute("type")
    String type();

    /** A grouping for people: {@code core}, {@code data}, {@code acme}. */
    String category() default "custom";

    /** One sentence saying what the operator does. */
    String description() default "";
}
