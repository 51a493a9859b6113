package io.flowmason.fmpkg.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonParserTest {

    @Test
    void parsesEveryKindOfValue() throws Exception {
        Object value = JsonParser.parse(" {\"a\": [1, -2.5e3, true, false, null], \"b\": {\"c\": \"x\\n\\u0041\\\"\"}} ");

        assertThat(value).isEqualTo(Map.of(
                "a", java.util.Arrays.asList(new BigDecimal("1"), new BigDecimal("-2.5e3"), true, false, null),
                "b", Map.of("c", "x\nA\"")));
    }

    @Test
    void keepsTheOrderOfProperties() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) JsonParser.parse("{\"z\": 1, \"a\": 2, \"m\": 3}");
        assertThat(object.keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void parsesScalarsAtTheTop() throws Exception {
        assertThat(JsonParser.parse("\"ENGLISH\"")).isEqualTo("ENGLISH");
        assertThat(JsonParser.parse("0.7")).isEqualTo(new BigDecimal("0.7"));
        assertThat(JsonParser.parse("[]")).isEqualTo(List.of());
        assertThat(JsonParser.parse("null")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "hello", "'single'", "01", "1.", ".5", "+1", "1e", "-", "[1,]", "[1 2]",
        "{\"a\" 1}", "{a: 1}", "{\"a\": 1,}", "{\"a\": 1, \"a\": 2}", "\"unterminated", "\"bad \\x escape\"",
        "\"\\u12\"", "tru", "nulls", "1 2", "[", "{", "\"tab\there\""})
    void rejectsInvalidJson(String text) {
        assertThatThrownBy(() -> JsonParser.parse(text)).isInstanceOf(JsonSyntaxException.class);
    }

    @Test
    void saysWhereTheTextGoesWrong() {
        assertThatThrownBy(() -> JsonParser.parse("[1, x]"))
                .hasMessage("unexpected character 'x' at offset 4");
    }
}
