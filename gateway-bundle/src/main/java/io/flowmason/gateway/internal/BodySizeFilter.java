package io.flowmason.gateway.internal;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * Answers 413 to a request body larger than {@code FLOWMASON_MAX_BODY_BYTES}, whether it says its
 * length or streams it, before a resource reads more than the limit. Package uploads have their own,
 * larger limit.
 */
@Component(service = ContainerRequestFilter.class)
@JakartarsExtension
@JakartarsName("flowmason.body-size")
@JSONRequired
@PreMatching
@Priority(Priorities.AUTHENTICATION + 10)
public class BodySizeFilter implements ContainerRequestFilter {

    static final String PROPERTY = "flowmason.max.body.bytes";
    static final long DEFAULT_MAX = 1_048_576;
    private static final Set<String> UPLOADS = Set.of("api/packages/upload", "api/registry/deploy");

    private final long max;

    @Activate
    public BodySizeFilter(BundleContext context) {
        this(parse(context.getProperty(PROPERTY)));
    }

    BodySizeFilter(long max) {
        this.max = max;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (UPLOADS.contains(ApiKeyFilter.normalize(request.getUriInfo().getPath()))) {
            return;
        }
        if (request.getLength() > max) {
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Capped(request.getEntityStream()));
        }
    }

    private ApiException tooLarge() {
        return new ApiException(HttpStatuses.of(413), "request_too_large", "The request body is larger than " + max + " bytes.",
                "Send less, or raise FLOWMASON_MAX_BODY_BYTES on the instance.");
    }

    private static long parse(String value) {
        return value == null || value.isBlank() ? DEFAULT_MAX : Long.parseLong(value.trim());
    }

    /** The body, cut off with a 413 once it goes past the limit. */
    private final class Capped extends FilterInputStream {
        private long read;

        Capped(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            read += n;
            if (read > max) {
                throw tooLarge();
            }
        }
    }
}
