package io.flowmason.core.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import io.flowmason.core.expression.Language;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterTest {

    private static final Map<String, Object> A = Map.of("name", "a", "score", 9, "tags", List.of("new"));
    private static final Map<String, Object> B = Map.of("name", "b", "score", 3, "tags", List.of());
    private static final Map<String, Object> C = Map.of("name", "c", "score", 7, "tags", List.of("old"));

    private static Filter.Output filter(List<Object> items, String condition, Language language) throws ComponentException {
        return new Filter().execute(new Filter.Input(items, condition, language), null);
    }

    @Test
    void keepsTheItemsAJmesPathConditionHoldsForInTheirOrder() throws Exception {
        Filter.Output output = filter(List.of(A, B, C), "score > `5`", null);

        assertThat(output.items()).containsExactly(A, C);
        assertThat(output.removedCount()).isEqualTo(1);
    }

    @Test
    void keepsTheItemsAJsonataConditionHoldsFor() throws Exception {
        Filter.Output output = filter(List.of(A, B, C), "score < 8 and name != 'c'", Language.jsonata);

        assertThat(output.items()).containsExactly(B);
        assertThat(output.removedCount()).isEqualTo(2);
    }

    @Test
    void judgesAnswersByJmesPathTruthiness() throws Exception {
        assertThat(filter(List.of(A, B, C), "tags", Language.jmespath).items()).containsExactly(A, C);
        assertThat(filter(Arrays.asList(0, "", "x", false, true, null, List.of(), Map.of(), Map.of("k", 1)), "@", null)
                .items()).containsExactly(0, "x", true, Map.of("k", 1));
        assertThat(filter(List.of(A, B), "missing", Language.jsonata).items()).isEmpty();
    }

    @Test
    void answersNothingForNoItems() throws Exception {
        Filter.Output output = filter(List.of(), "score", null);

        assertThat(output.items()).isEmpty();
        assertThat(output.removedCount()).isZero();
    }

    @Test
    void refusesAnInvalidCondition() {
        assertThatThrownBy(() -> filter(List.of(A), "score >", null))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.CONFIGURATION);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).startsWith("condition `score >` is not valid JMESPath: ");
                });
        assertThatThrownBy(() -> filter(List.of(A), "score >", Language.jsonata))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.CONFIGURATION);
                    assertThat(e.getMessage()).startsWith("condition `score >` is not valid JSONata: ");
                });
        assertThatThrownBy(() -> filter(List.of(A), null, null))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.CONFIGURATION);
                    assertThat(e.getMessage()).startsWith("condition is empty");
                });
    }

    @Test
    void refusesMissingItems() {
        assertThatThrownBy(() -> filter(null, "score", null))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.INVALID_INPUT);
                    assertThat(e.getMessage()).startsWith("items is missing");
                });
    }

    @Test
    void namesTheItemAConditionFailsOn() {
        assertThatThrownBy(() -> filter(List.of(A, "text"), "abs(@) > `1`", null))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.INVALID_INPUT);
                    assertThat(e.getMessage()).startsWith("JMESPath condition `abs(@) > `1`` failed on item 0: ");
                });
        assertThatThrownBy(() -> filter(List.of(A, B), "$number(name) > 1", Language.jsonata))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.INVALID_INPUT);
                    assertThat(e.getMessage()).startsWith("JSONata condition `$number(name) > 1` failed on item 0: ");
                });
    }

    @Test
    void theDescriptorDescribesTheSchemasTheApiPromises() throws Exception {
        JsonNode component;
        try (InputStream in = FilterTest.class.getClassLoader().getResourceAsStream("OSGI-INF/flowmason/components.json")) {
            component = new ObjectMapper().readTree(in).path("components").get(0);
        }
        assertThat(component.path("type").asText()).isEqualTo("filter");
        assertThat(component.path("kind").asText()).isEqualTo("operator");
        assertThat(component.path("category").asText()).isEqualTo("core");
        assertThat(component.path("input_schema").toString()).isEqualTo("{\"type\":\"object\",\"properties\":{"
                + "\"items\":{\"type\":\"array\",\"items\":{},\"description\":\"The items to filter\"},"
                + "\"condition\":{\"type\":\"string\",\"description\":\"The expression evaluated against each item; truthy keeps it\"},"
                + "\"language\":{\"type\":\"string\",\"enum\":[\"jmespath\",\"jsonata\"],"
                + "\"description\":\"The language of the condition\",\"default\":\"jmespath\"}},"
                + "\"required\":[\"items\",\"condition\"],\"additionalProperties\":false}");
        assertThat(component.path("output_schema").toString()).isEqualTo("{\"type\":\"object\",\"properties\":{"
                + "\"items\":{\"type\":\"array\",\"items\":{},\"description\":\"The items kept, in their order\"},"
                + "\"removed_count\":{\"type\":\"integer\",\"description\":\"How many items the condition removed\"}},"
                + "\"required\":[\"removed_count\"],\"additionalProperties\":false}");
    }
}
