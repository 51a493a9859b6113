package io.flowmason.gateway.internal;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/** Lets resources read multipart/form-data, as the package upload does. */
@Component(service = Feature.class)
@JakartarsExtension
@JakartarsName("flowmason.multipart")
public class MultipartSupport implements Feature {

    @Override
    public boolean configure(FeatureContext context) {
        context.register(MultiPartFeature.class);
        return true;
    }
}
