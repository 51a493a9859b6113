package io.flowmason.gateway.internal.limits;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Finds the {@link Caller} of a request, from what authentication left on it. The API keys feature
 * provides it from the API key on the request ({@link KeyCallerResolver}).
 */
public interface CallerResolver {

    Caller resolve(ContainerRequestContext request);
}
