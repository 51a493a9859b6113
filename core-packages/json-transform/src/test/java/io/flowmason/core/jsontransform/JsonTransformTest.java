package io.flowmason.core.jsontransform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import io.flowmason.core.expression.Language;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTransformTest {

    private static final Map<String, Object> ORDERS = Map.of("orders", List.of(
            Map.of("id", 1, "total", 20.5, "status", "paid"),
            Map.of("id", 2, "total", 7, "status", "open")));

    private static Object transform(Object data, String expression, Language language) throws ComponentException {
        return new JsonTransform().execute(new JsonTransform.Input(data, expression, language), null).result();
    }

    @Test
    void evaluatesJmesPathByDefault() throws Exception {
        assertThat(transform(ORDERS, "orders[?status=='paid'].id", null)).isEqualTo(List.of(1));
        assertThat(transform(ORDERS, "{count: length(orders), first: orders[0].status}", Language.jmespath))
                .isEqualTo(Map.of("count", 2L, "first", "paid"));
    }

    @Test
    void evaluatesJsonata() throws Exception {
        assertThat(transform(ORDERS, "$sum(orders.total)", Language.jsonata)).isEqualTo(27.5);
        assertThat(transform(ORDERS, "orders[status='open'].{'ref': 'o-' & $string(id)}", Language.jsonata))
                .isEqualTo(Map.of("ref", "o-2"));
    }

    @Test
    void answersNullWhenTheExpressionYieldsNothing() throws Exception {
        assertThat(transform(ORDERS, "missing.field", Language.jmespath)).isNull();
        assertThat(transform(ORDERS, "missing.field", Language.jsonata)).isNull();
        assertThat(transform(null, "@", Language.jmespath)).isNull();
        assertThat(transform(ORDERS, "null", Language.jsonata)).isNull();
    }

    @Test
    void refusesAnInvalidJmesPathExpression() {
        assertThatThrownBy(() -> transform(ORDERS, "orders[?", null))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.CONFIGURATION);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).startsWith("expression `orders[?` is not valid JMESPath: ");
                });
    }

    @Test
    void refusesAnInvalidJsonataExpression() {
        assertThatThrownBy(() -> transform(ORDERS, "orders[", Language.jsonata))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.CONFIGURATION);
                    assertThat(e.getMessage()).startsWith("expression `orders[` is not valid JSONata: ");
                });
    }

    @Test
    void refusesAnEmptyExpression() {
        assertThatThrownBy(() -> transform(ORDERS, " ", null))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.CONFIGURATION);
                    assertThat(e.getMessage()).startsWith("expression is empty");
                });
    }

    @Test
    void reportsDataTheExpressionCannotWorkOn() {
        assertThatThrownBy(() -> transform(ORDERS, "abs(orders)", Language.jmespath))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.INVALID_INPUT);
                    assertThat(e.getMessage()).startsWith("JMESPath expression `abs(orders)` failed on the data: ");
                });
        assertThatThrownBy(() -> transform(ORDERS, "$sum(orders.status)", Language.jsonata))
                .isInstanceOfSatisfying(ComponentException.class, e -> {
                    assertThat(e.type()).isEqualTo(ErrorType.INVALID_INPUT);
                    assertThat(e.getMessage()).startsWith("JSONata expression `$sum(orders.status)` failed on the data: ");
                });
    }

    @Test
    void theDescriptorDescribesTheSchemasTheApiPromises() throws Exception {
        JsonNode component;
        try (InputStream in = JsonTransformTest.class.getClassLoader().getResourceAsStream("OSGI-INF/flowmason/components.json")) {
            component = new ObjectMapper().readTree(in).path("components").get(0);
        }
        assertThat(component.path("type").asText()).isEqualTo("json_transform");
        assertThat(component.path("kind").asText()).isEqualTo("operator");
        assertThat(component.path("category").asText()).isEqualTo("core");
        assertThat(component.path("input_schema").toString()).isEqualTo("{\"type\":\"object\",\"properties\":{"
                + "\"data\":{\"description\":\"The JSON value to transform\"},"
                + "\"expression\":{\"type\":\"string\",\"description\":\"The expression applied to data\"},"
                + "\"language\":{\"type\":\"string\",\"enum\":[\"jmespath\",\"jsonata\"],"
                + "\"description\":\"The language of the expression\",\"default\":\"jmespath\"}},"
                + "\"required\":[\"expression\"],\"additionalProperties\":false}");
        assertThat(component.path("output_schema").toString()).isEqualTo("{\"type\":\"object\",\"properties\":{"
                + "\"result\":{\"description\":\"What the expression yields; null when it yields nothing\"}},"
                + "\"additionalProperties\":false}");
    }
}
