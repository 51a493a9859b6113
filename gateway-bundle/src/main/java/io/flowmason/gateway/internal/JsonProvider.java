package io.flowmason.gateway.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsMediaType;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * Jackson as the whiteboard's JSON extension (prototype scope, as the whiteboard asks of
 * extensions). Java names are written in snake_case, the API's convention, and times as ISO-8601
 * text. Resources declare {@code @JSONRequired}, so none of them answers before it is here. A body read
 * into an object is checked by {@link StrictUtf8} first, as {@code String} bodies are
 * ({@link Utf8StringReader}): Jackson's own message for a bad byte names no offset.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class}, scope = ServiceScope.PROTOTYPE,
        property = "service.ranking:Integer=-100")
@JakartarsExtension
@JakartarsName("flowmason.json")
@JakartarsMediaType(MediaType.APPLICATION_JSON)
public class JsonProvider extends JacksonJsonProvider {

    public JsonProvider() {
        super(JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .serializationInclusion(JsonInclude.Include.ALWAYS)
                .build());
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        byte[] body = entityStream.readAllBytes();
        StrictUtf8.decode(body);
        return super.readFrom(type, genericType, annotations, mediaType, httpHeaders, new ByteArrayInputStream(body));
    }
}
