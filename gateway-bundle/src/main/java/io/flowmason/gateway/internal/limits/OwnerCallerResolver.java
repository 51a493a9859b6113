package io.flowmason.gateway.internal.limits;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.osgi.service.component.annotations.Component;

/** Every authenticated request is the owner's while the owner key is the only key. */
@Component(service = CallerResolver.class)
public class OwnerCallerResolver implements CallerResolver {

    @Override
    public Caller resolve(ContainerRequestContext request) {
        return Caller.owner();
    }
}
