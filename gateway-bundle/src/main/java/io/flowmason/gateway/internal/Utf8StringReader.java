package io.flowmason.gateway.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * Reads every {@code String} request body (the API's JSON bodies are taken as text and parsed by
 * the resource) through {@link StrictUtf8}, in place of Jersey's own reader, which decodes by the
 * Content-Type charset and replaces bytes it cannot decode. Jersey prefers an application's reader
 * to its own for the same type and media type.
 */
@Component(service = MessageBodyReader.class)
@JakartarsExtension
@JakartarsName("flowmason.utf8-body")
@Consumes(MediaType.WILDCARD)
public class Utf8StringReader implements MessageBodyReader<String> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == String.class;
    }

    @Override
    public String readFrom(Class<String> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        return StrictUtf8.read(entityStream);
    }
}
