package io.flowmason.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonObjectsTest {

    @Test
    void readsAnAnswerThatIsOnlyTheObject() {
        assertThat(JsonObjects.first("{\"score\": 0.5, \"critique\": \"fine\"}"))
                .contains(Map.of("score", 0.5, "critique", "fine"));
    }

    @Test
    void findsTheObjectInsideAFenceAndProse() {
        String answer = "Here is my verdict:\n```json\n{\"index\": 2, \"reason\": \"shortest\"}\n```\nHope that helps {:";

        assertThat(JsonObjects.first(answer)).contains(Map.of("index", 2L, "reason", "shortest"));
    }

    @Test
    void skipsBracesThatDoNotStartAnObject() {
        assertThat(JsonObjects.first("use {placeholders} like {this}; {\"a\": [1, {\"b\": null}], \"c\": true}"))
                .hasValueSatisfying(object -> {
                    assertThat(object.get("a")).isEqualTo(List.of(1L, java.util.Collections.singletonMap("b", null)));
                    assertThat(object.get("c")).isEqualTo(true);
                });
    }

    @Test
    void takesTheFirstOfSeveralObjects() {
        assertThat(JsonObjects.first("{\"n\": 1} then {\"n\": 2}")).contains(Map.of("n", 1L));
    }

    @Test
    void decodesEscapes() {
        assertThat(JsonObjects.first("{\"t\": \"a \\\"q\\\"\\n\\u00e9 \\\\ }\"}")).contains(Map.of("t", "a \"q\"\n\u00e9 \\ }"));
    }

    @Test
    void findsNothingInTextWithoutACompleteObject() {
        assertThat(JsonObjects.first("no json here")).isEmpty();
        assertThat(JsonObjects.first("{\"critique\": \"cut off")).isEmpty();
        assertThat(JsonObjects.first("{'single': 'quotes'}")).isEmpty();
        assertThat(JsonObjects.first("{\"n\": 01}")).isEmpty();
    }

    @Test
    void readsNumbersWrittenAsNumbersOrAsStrings() {
        Map<String, Object> object = Map.of("a", 0.75, "b", "0.25 ", "c", 3L, "d", "high", "e", true);

        assertThat(JsonObjects.number(object, "a")).hasValue(0.75);
        assertThat(JsonObjects.number(object, "b")).hasValue(0.25);
        assertThat(JsonObjects.number(object, "c")).hasValue(3.0);
        assertThat(JsonObjects.number(object, "d")).isEmpty();
        assertThat(JsonObjects.number(object, "e")).isEmpty();
        assertThat(JsonObjects.number(object, "missing")).isEmpty();
        assertThat(JsonObjects.text(object, "d")).contains("high");
        assertThat(JsonObjects.text(object, "a")).isEmpty();
    }
}
