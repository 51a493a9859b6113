package io.flowmason.gateway.internal.limits;

import io.flowmason.gateway.internal.keys.KeyIdentity;
import io.flowmason.gateway.internal.keys.RequestKey;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.osgi.service.component.annotations.Component;

/**
 * The caller of a run, from the identity the authentication filter left on the request: the owner
 * key is not limited; any other key with its own limits (the organisation's defaults where it sets
 * none).
 */
@Component(service = CallerResolver.class)
public class KeyCallerResolver implements CallerResolver {

    @Override
    public Caller resolve(ContainerRequestContext request) {
        KeyIdentity key = RequestKey.of(request);
        if (key == null || key.owner()) {
            return Caller.owner();
        }
        return new Caller(key.id(), key.rateLimitPerMinute(), key.rateLimitPerHour(), key.budget().monthlyTokens(),
                key.budget().monthlyUsd());
    }
}
