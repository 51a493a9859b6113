package io.flowmason.gateway.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import io.flowmason.gateway.internal.keys.ApiKeys;
import io.flowmason.gateway.internal.keys.Authorization;
import io.flowmason.gateway.internal.keys.KeyIdentity;
import io.flowmason.gateway.internal.keys.RequestKey;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * The one place that decides whether a request may reach a resource. It runs before matching, so
 * an unknown path under {@code /api/} answers 401 to a caller without a key instead of revealing
 * what exists. Only the public probes and the API documentation page ({@code /api/docs} and its static
 * files) answer without a key (a key sent to them is still checked): everything else, the OpenAPI
 * documents included, is closed by default.
 * The owner key may do everything; any other key is looked up by its HMAC ({@link ApiKeys}) and
 * must hold the permission {@link Authorization} asks for. The identity is left on the request for
 * the resources ({@link RequestKey}).
 */
@Component(service = ContainerRequestFilter.class)
@JakartarsExtension
@JakartarsName("flowmason.authentication")
@JSONRequired
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    static final Set<String> PUBLIC_PATHS = Set.of("api/health", "api/ready");
    /** Public with everything under it: the API documentation page and its static files (not the OpenAPI documents). */
    static final String PUBLIC_PREFIX = "api/docs";
    static final String API_KEY_HEADER = "X-API-Key";
    private static final String BEARER = "bearer ";
    private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");

    private final OwnerKey ownerKey;
    private final ApiKeys keys;

    @Activate
    public ApiKeyFilter(@Reference OwnerKey ownerKey, @Reference ApiKeys keys) {
        this.ownerKey = ownerKey;
        this.keys = keys;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = normalize(request.getUriInfo().getPath());
        String key = presentedKey(request.getHeaderString(API_KEY_HEADER), request.getHeaderString(HttpHeaders.AUTHORIZATION));
        // A public path needs no key, but a key sent to it is checked all the same: a client with a
        // revoked or mistyped key learns it from its first health check, not from its first run.
        boolean open = isPublic(path);
        if (key == null) {
            if (!open) {
                request.abortWith(unauthorized(ApiError.of("missing_api_key", "This endpoint needs an API key.",
                        "Send the key as 'X-API-Key: <key>' or 'Authorization: Bearer <key>'. The owner key is"
                                + " FLOWMASON_ADMIN_KEY, or the one the instance generated into <data>/admin.key.")));
            }
            return;
        }
        KeyIdentity identity = ownerKey.matches(key) ? KeyIdentity.OWNER : authenticate(request, key);
        if (identity == null) {
            return;
        }
        Optional<ApiError> refusal = open ? Optional.empty() : Authorization.refusal(identity, request.getMethod(), path);
        if (refusal.isPresent()) {
            request.abortWith(ErrorResponses.json(403, refusal.get()));
            return;
        }
        request.setProperty(RequestKey.PROPERTY, identity);
    }

    /** The identity of a key other than the owner's, or null after answering 401. */
    private KeyIdentity authenticate(ContainerRequestContext request, String key) {
        ApiKeys.Lookup lookup = keys.lookup(key);
        switch (lookup.outcome()) {
            case VALID -> {
                return lookup.identity();
            }
            case EXPIRED -> request.abortWith(unauthorized(ApiError.of("expired_api_key", "The API key has expired.",
                    "Ask the instance owner for a new key; GET /api/keys shows each key's expires_at.")));
            default -> request.abortWith(unauthorized(ApiError.of("invalid_api_key", "The API key is not valid.",
                    "Check the key for typos or truncation, and that it was not revoked; use the owner key from"
                            + " FLOWMASON_ADMIN_KEY or <data>/admin.key, or a key made with POST /api/keys.")));
        }
        return null;
    }

    /** A probe, or {@code api/docs} and what lies under it, never reached through {@code ..}. */
    static boolean isPublic(String normalizedPath) {
        if (PUBLIC_PATHS.contains(normalizedPath)) {
            return true;
        }
        return (normalizedPath.equals(PUBLIC_PREFIX) || normalizedPath.startsWith(PUBLIC_PREFIX + "/"))
                && !normalizedPath.contains("..") && !normalizedPath.contains("\\");
    }

    /** The key from {@code X-API-Key}, else from {@code Authorization: Bearer}; null when neither carries one. */
    static String presentedKey(String apiKeyHeader, String authorizationHeader) {
        if (apiKeyHeader != null && !apiKeyHeader.isBlank()) {
            return apiKeyHeader.trim();
        }
        if (authorizationHeader != null && authorizationHeader.length() > BEARER.length()
                && authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = authorizationHeader.substring(BEARER.length()).trim();
            return token.isEmpty() ? null : token;
        }
        return null;
    }

    /** Collapses repeated and surrounding slashes, so {@code //api//health/} cannot slip past the check. */
    static String normalize(String path) {
        String collapsed = path.contains("//") ? REPEATED_SLASHES.matcher(path).replaceAll("/") : path;
        int start = collapsed.startsWith("/") ? 1 : 0;
        int end = collapsed.endsWith("/") && collapsed.length() > start ? collapsed.length() - 1 : collapsed.length();
        return collapsed.substring(start, Math.max(start, end));
    }

    private static Response unauthorized(ApiError error) {
        return Response.fromResponse(ErrorResponses.json(401, error))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"flowmason\"")
                .build();
    }
}
