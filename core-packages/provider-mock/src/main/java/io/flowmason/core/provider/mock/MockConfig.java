package io.flowmason.core.provider.mock;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The optional configuration of the {@code mock} provider, PID {@value MockProvider#PID}. */
@ObjectClassDefinition(id = MockProvider.PID, name = "FlowMason provider: mock",
        description = "Deterministic answers computed from the prompt, without network or cost")
public @interface MockConfig {

    @AttributeDefinition(name = "Model", description = "The model named in answers when a stage names none")
    String default__model() default "mock-1";

    @AttributeDefinition(name = "Delay (ms)", description = "How long each answer takes, to imitate a real model; no thread waits", min = "0")
    int delay__ms() default 0;
}
