package io.flowmason.gateway.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonProviderTest {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object read(byte[] body) throws Exception {
        Class<Object> type = (Class) Map.class;
        return new JsonProvider().readFrom(type, Map.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
                new MultivaluedHashMap<>(), new ByteArrayInputStream(body));
    }

    @Test
    void readsAUtf8BodyIntoAnObject() throws Exception {
        assertThat(read("{\"name\": \"café\"}".getBytes(StandardCharsets.UTF_8))).isEqualTo(Map.of("name", "café"));
    }

    @Test
    void refusesABodyThatIsNotUtf8NamingTheOffset() {
        byte[] body = "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status().getStatusCode()).isEqualTo(400);
            assertThat(e.getMessage()).isEqualTo("The request body is not valid UTF-8: byte 0xE9 at offset 13.");
        });
    }
}
