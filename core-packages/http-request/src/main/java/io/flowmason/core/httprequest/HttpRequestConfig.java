package io.flowmason.core.httprequest;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** What {@code http_request} may reach (PID {@code io.flowmason.core.httprequest}, conf/osgi/io.flowmason.core.httprequest.cfg). */
@ObjectClassDefinition(name = "FlowMason http_request", description = "Hosts and limits of the http_request operator")
public @interface HttpRequestConfig {

    @AttributeDefinition(description = "Host names pipelines may call (exact, or *.example.com for subdomains); empty allows none")
    String[] allowed_hosts() default {};

    @AttributeDefinition(description = "Whether allowed hosts may resolve to loopback, private, link-local or metadata addresses")
    boolean allow_private_addresses() default false;

    @AttributeDefinition(description = "Largest response body read, in bytes")
    int max_response_bytes() default 1_048_576;

    @AttributeDefinition(description = "Timeout of a request that sets none, in milliseconds")
    int default_timeout_ms() default 10_000;

    @AttributeDefinition(description = "Redirects followed, each to an allowed host only")
    int max_redirects() default 3;
}
