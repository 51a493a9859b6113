package io.flowmason.gateway.internal.limits;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Finds the {@link Caller} of a request, from what authentication left on it. The API keys feature
 * provides the real one; until then {@link OwnerCallerResolver} answers the owner for every request.
 */
public interface CallerResolver {

    Caller resolve(ContainerRequestContext request);
}
