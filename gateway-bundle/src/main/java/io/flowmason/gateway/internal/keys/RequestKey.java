package io.flowmason.gateway.internal.keys;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Reads the authenticated {@link KeyIdentity} of a request: the authentication filter stores it as
 * the request property {@value #PROPERTY} (also visible as a servlet request attribute of that name).
 */
public final class RequestKey {

    /** The request property holding the {@link KeyIdentity}. */
    public static final String PROPERTY = "flowmason.key";

    private RequestKey() {
    }

    /** The identity of the request, or null for the public probes, which need no key. */
    public static KeyIdentity of(ContainerRequestContext request) {
        return request == null || !(request.getProperty(PROPERTY) instanceof KeyIdentity identity) ? null : identity;
    }

    /** The id to record as the actor: the key's id, or {@code owner}. */
    public static String actor(ContainerRequestContext request) {
        KeyIdentity identity = of(request);
        return identity == null ? KeyIdentity.OWNER_ID : identity.id();
    }
}
