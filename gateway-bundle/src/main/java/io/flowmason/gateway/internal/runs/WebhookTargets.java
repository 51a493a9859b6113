package io.flowmason.gateway.internal.runs;

import io.flowmason.gateway.internal.ApiException;
import jakarta.ws.rs.core.Response;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Which URLs a finished run may be delivered to: absolute http(s) URLs, and in production never an
 * address inside the instance's own network (loopback, private, link-local, cloud metadata), so
 * that a caller cannot make the instance post to its neighbours.
 */
final class WebhookTargets {

    private final boolean production;

    WebhookTargets(boolean production) {
        this.production = production;
    }

    /** @return the URL to deliver to, or null when none was given */
    String check(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(url, "is not an http(s) URL");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw invalid(url, "is not an http(s) URL");
        }
        if (production) {
            try {
                for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                    if (internal(address)) {
                        throw invalid(url, "points into the instance's own network (" + address.getHostAddress() + ")");
                    }
                }
            } catch (UnknownHostException e) {
                throw invalid(url, "names a host that cannot be resolved");
            }
        }
        return uri.toString();
    }

    static boolean internal(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocalV6;
    }

    private static ApiException invalid(String url, String why) {
        return new ApiException(Response.Status.BAD_REQUEST, "invalid_webhook_url", "'" + url + "' " + why + ".",
                "Give webhook_url as an absolute http:// or https:// URL of a host outside the instance's network.");
    }
}
