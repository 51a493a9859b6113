package io.flowmason.core.httprequest;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which URLs {@code http_request} may call: http or https, a host on the allow-list, and unless
 * allowed explicitly never an address inside the instance's own network (loopback, private,
 * link-local, cloud metadata), so that a pipeline cannot reach the instance's admin API or its
 * neighbours.
 */
final class HostPolicy {

    private final List<String> allowedHosts;
    private final boolean allowPrivate;

    /** @param allowedHosts host names, each entry possibly a comma-separated list (as a .cfg file writes it) */
    HostPolicy(String[] allowedHosts, boolean allowPrivate) {
        this.allowedHosts = Arrays.stream(allowedHosts).flatMap(entry -> Arrays.stream(entry.split(",")))
                .map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
        this.allowPrivate = allowPrivate;
    }

    /** @return null when the URL may be called, else why not and what to do */
    String refusal(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "only http and https URLs can be called, not '" + url + "'";
        }
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            return "'" + url + "' names no host";
        }
        if (allowedHosts.stream().noneMatch(allowed -> matches(allowed, host))) {
            return "host " + host + " is not on the allow-list; add it to allowed_hosts in"
                    + " conf/osgi/io.flowmason.core.httprequest.cfg";
        }
        if (allowPrivate) {
            return null;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (internal(address)) {
                    return "host " + host + " resolves to " + address.getHostAddress() + ", an address inside the instance's"
                            + " network; set allow_private_addresses=true in conf/osgi/io.flowmason.core.httprequest.cfg"
                            + " only if the pipeline must reach it";
                }
            }
        } catch (UnknownHostException e) {
            return "host " + host + " cannot be resolved";
        }
        return null;
    }

    private static boolean matches(String allowed, String host) {
        return allowed.startsWith("*.") ? host.endsWith(allowed.substring(1)) : allowed.equals(host);
    }

    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
        boolean carrierNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        return uniqueLocalV6 || carrierNat;
    }
}
