package io.flowmason.fmpkg.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void prettyPrintsWithTwoSpacesInMapOrder() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", 1);
        value.put("a", List.of("x", true));
        value.put("empty", Map.of());
        value.put("none", List.of());

        assertThat(JsonWriter.pretty(value)).isEqualTo("""
                {
                  "b": 1,
                  "a": [
                    "x",
                    true
                  ],
                  "empty": {},
                  "none": []
                }""");
    }

    @Test
    void escapesStringsSoTheyReadBackUnchanged() throws Exception {
        String tricky = "quote \" backslash \\ newline \n tab \t bell \u0007 unicode é ✓";
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("s", tricky);
        value.put("n", Arrays.asList(new BigDecimal("-2.5E+3"), null));

        String json = JsonWriter.pretty(value);

        assertThat(new ObjectMapper().readTree(json).get("s").asText()).isEqualTo(tricky);
        assertThat(JsonParser.parse(json)).isEqualTo(value);
    }
}
