package io.flowmason.api.component;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.annotation.bundle.Attribute;
import org.osgi.annotation.bundle.Capability;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Declares an LLM node: put it beside {@code @Component} on a class implementing
 * {@link NodeComponent}. bnd writes its values into the component's service properties (prefixed
 * {@code flowmason.component.}) and a {@code flowmason.component} capability into the manifest,
 * so the platform knows the component without loading or running it.
 */
@ComponentPropertyType
@Capability(namespace = ComponentNamespace.NAMESPACE, attribute = "kind=node")
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Node {

    String PREFIX_ = ComponentNamespace.PROPERTY_PREFIX;

    /** The component type pipelines name in a stage's {@code type}, in snake_case: {@code support_classifier}. */
    @Attribute("type")
    String type();

    /** A grouping for people: {@code core}, {@code reasoning}, {@code acme}. */
    String category() default "custom";

    /** One sentence saying what the node does. */
    String description() default "";

    /** Provider names this node is written and tested for: {@code anthropic}, {@code openai}. */
    String[] recommendedProviders() default {};

    /** What the provider must offer, such as {@code json_mode} or {@code vision}. */
    String[] requiredCapabilities() default {};
}
