package io.flowmason.executor.internal.mapping;

import static io.flowmason.executor.internal.mapping.TemplateTest.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoercionTest {

    private static final Map<String, Object> INTEGER = map("type", "integer");
    private static final Map<String, Object> NUMBER = map("type", "number");
    private static final Map<String, Object> BOOLEAN = map("type", "boolean");
    private static final Map<String, Object> STRING = map("type", "string");
    private static final Map<String, Object> OBJECT = map("type", "object");
    private static final Map<String, Object> ARRAY = map("type", "array");

    private static Object coerce(Object value, Map<String, Object> schema) throws CoercionException {
        return Coercion.coerce(value, schema);
    }

    @Test
    void integerFromDigitsWholeNumbersAndIntegerTypes() throws CoercionException {
        assertThat(coerce("123", INTEGER)).isEqualTo(123L);
        assertThat(coerce(" -7 ", INTEGER)).isEqualTo(-7L);
        assertThat(coerce("12.0", INTEGER)).isEqualTo(12L);
        assertThat(coerce("1e3", INTEGER)).isEqualTo(1000L);
        assertThat(coerce(12.0, INTEGER)).isEqualTo(12L);
        assertThat(coerce(12.0f, INTEGER)).isEqualTo(12L);
        assertThat(coerce(new BigDecimal("40.00"), INTEGER)).isEqualTo(40L);
        assertThat(coerce(0.0, INTEGER)).isEqualTo(0L);
        assertThat(coerce("123456789012345678901234567890", INTEGER))
                .isEqualTo(new BigInteger("123456789012345678901234567890"));
        for (Object integer : new Object[] {5, 5L, (short) 5, BigInteger.TEN}) {
            assertThat(coerce(integer, INTEGER)).isSameAs(integer);
        }
    }

    @Test
    void integerRefusesFractionsWordsAndOtherTypes() {
        assertThatThrownBy(() -> coerce("abc", INTEGER))
                .isInstanceOf(CoercionException.class)
                .hasMessage("\"abc\" is not an integer")
                .satisfies(e -> {
                    CoercionException failure = (CoercionException) e;
                    assertThat(failure.value()).isEqualTo("abc");
                    assertThat(failure.expectedTypes()).containsExactly("integer");
                    assertThat(failure.expected()).isEqualTo("an integer");
                    assertThat(failure.path()).isEmpty();
                });
        assertThatThrownBy(() -> coerce(12.5, INTEGER)).hasMessage("12.5 is not an integer");
        assertThatThrownBy(() -> coerce("12.5", INTEGER)).hasMessage("\"12.5\" is not an integer");
        assertThatThrownBy(() -> coerce(true, INTEGER)).hasMessage("true is not an integer");
        assertThatThrownBy(() -> coerce("", INTEGER)).hasMessage("\"\" is not an integer");
        assertThatThrownBy(() -> coerce("NaN", INTEGER)).isInstanceOf(CoercionException.class);
        assertThatThrownBy(() -> coerce("0x10", INTEGER)).isInstanceOf(CoercionException.class);
        assertThatThrownBy(() -> coerce("1e999999999", INTEGER)).isInstanceOf(CoercionException.class);
        assertThatThrownBy(() -> coerce(Double.NaN, INTEGER)).isInstanceOf(CoercionException.class);
        assertThatThrownBy(() -> coerce(map("a", 1), INTEGER)).hasMessage("{\"a\":1} is not an integer");
        assertThatThrownBy(() -> coerce(List.of(1), INTEGER)).hasMessage("[1] is not an integer");
    }

    @Test
    void numberFromNumericStrings() throws CoercionException {
        assertThat(coerce("2.5", NUMBER)).isEqualTo(2.5);
        assertThat(coerce("-1e3", NUMBER)).isEqualTo(-1000.0);
        assertThat(coerce("42", NUMBER)).isEqualTo(42L);
        for (Object number : new Object[] {1, 2L, 2.5, new BigDecimal("0.1"), BigInteger.ONE}) {
            assertThat(coerce(number, NUMBER)).isSameAs(number);
        }
        assertThatThrownBy(() -> coerce("two", NUMBER)).hasMessage("\"two\" is not a number");
        assertThatThrownBy(() -> coerce("Infinity", NUMBER)).isInstanceOf(CoercionException.class);
        assertThatThrownBy(() -> coerce(false, NUMBER)).hasMessage("false is not a number");
    }

    @Test
    void booleanFromTrueAndFalseInAnyCase() throws CoercionException {
        assertThat(coerce("true", BOOLEAN)).isEqualTo(true);
        assertThat(coerce("TRUE", BOOLEAN)).isEqualTo(true);
        assertThat(coerce("False", BOOLEAN)).isEqualTo(false);
        assertThat(coerce(true, BOOLEAN)).isEqualTo(true);
        assertThatThrownBy(() -> coerce("random", BOOLEAN)).hasMessage("\"random\" is not a boolean");
        assertThatThrownBy(() -> coerce(1, BOOLEAN)).hasMessage("1 is not a boolean");
        assertThatThrownBy(() -> coerce("yes", BOOLEAN)).isInstanceOf(CoercionException.class);
    }

    @Test
    void stringFromNumbersBooleansAndCompactJson() throws CoercionException {
        assertThat(coerce(42, STRING)).isEqualTo("42");
        assertThat(coerce(42L, STRING)).isEqualTo("42");
        assertThat(coerce(2.5, STRING)).isEqualTo("2.5");
        assertThat(coerce(new BigDecimal("1.50"), STRING)).isEqualTo("1.50");
        assertThat(coerce(true, STRING)).isEqualTo("true");
        assertThat(coerce(map("a", 1, "b", Arrays.asList("x", null)), STRING)).isEqualTo("{\"a\":1,\"b\":[\"x\",null]}");
        assertThat(coerce(List.of(1, 2), STRING)).isEqualTo("[1,2]");
        String text = "already";
        assertThat(coerce(text, STRING)).isSameAs(text);
    }

    @Test
    void objectAndArrayFromJsonStrings() throws CoercionException {
        assertThat(coerce("{\"a\": [1, 2]}", OBJECT)).isEqualTo(map("a", List.of(1, 2)));
        assertThat(coerce(" [1, \"x\", {\"b\": null}] ", ARRAY)).isEqualTo(List.of(1, "x", map("b", null)));
        assertThatThrownBy(() -> coerce("[1,2", ARRAY))
                .hasMessage("\"[1,2\" is not an array: it is not valid JSON");
        assertThatThrownBy(() -> coerce("[1,2] trailing", ARRAY)).hasMessageEndingWith("it is not valid JSON");
        assertThatThrownBy(() -> coerce("{\"a\":1}", ARRAY))
                .hasMessage("\"{\\\"a\\\":1}\" is not an array: it holds an object");
        assertThatThrownBy(() -> coerce("[1]", OBJECT)).hasMessage("\"[1]\" is not an object: it holds an array");
        assertThatThrownBy(() -> coerce(5, OBJECT)).hasMessage("5 is not an object");
        assertThatThrownBy(() -> coerce(map("a", 1), ARRAY)).hasMessage("{\"a\":1} is not an array");
    }

    @Test
    void recursesIntoPropertiesItemsAndAdditionalProperties() throws CoercionException {
        Map<String, Object> schema = map("type", "object", "properties", map(
                "priority", INTEGER,
                "tags", map("type", "array", "items", STRING),
                "meta", map("type", "object", "properties", map("urgent", BOOLEAN))),
                "additionalProperties", NUMBER);

        Object coerced = coerce(map("priority", "3", "tags", List.of(1, "b", true),
                "meta", "{\"urgent\": \"TRUE\", \"other\": \"kept\"}", "score", "0.5", "none", null), schema);

        assertThat(coerced).isEqualTo(map("priority", 3L, "tags", List.of("1", "b", "true"),
                "meta", map("urgent", true, "other", "kept"), "score", 0.5, "none", null));
    }

    @Test
    void aChangedValueIsACopyAndAnUnchangedOneTheSameInstance() throws CoercionException {
        Map<String, Object> schema = map("type", "object", "properties", map("n", INTEGER, "list",
                map("type", "array", "items", INTEGER)));
        Map<String, Object> valid = map("n", 1, "list", List.of(1, 2), "other", "x");
        assertThat(coerce(valid, schema)).isSameAs(valid);

        Map<String, Object> original = map("n", "1", "list", List.of(1, "2"));
        Object coerced = coerce(original, schema);
        assertThat(coerced).isNotSameAs(original).isEqualTo(map("n", 1L, "list", List.of(1, 2L)));
        assertThat(original).isEqualTo(map("n", "1", "list", List.of(1, "2")));
    }

    @Test
    void nestedFailuresSayWhere() {
        Map<String, Object> schema = map("type", "object", "properties", map(
                "items", map("type", "array", "items", map("type", "object", "properties", map("qty", INTEGER))),
                "meta", map("type", "object", "properties", map("priority", INTEGER))));

        assertThatThrownBy(() -> coerce(map("items", List.of(map("qty", 1), map("qty", "many"))), schema))
                .hasMessage("items[1].qty: \"many\" is not an integer")
                .satisfies(e -> {
                    assertThat(((CoercionException) e).path()).isEqualTo("items[1].qty");
                    assertThat(((CoercionException) e).value()).isEqualTo("many");
                });
        assertThatThrownBy(() -> coerce(map("meta", map("priority", "high")), schema))
                .satisfies(e -> assertThat(((CoercionException) e).path()).isEqualTo("meta.priority"));
        assertThatThrownBy(() -> coerce(List.of(List.of("x")), map("type", "array", "items",
                map("type", "array", "items", INTEGER))))
                .satisfies(e -> assertThat(((CoercionException) e).path()).isEqualTo("[0][0]"));
    }

    @Test
    void typeListsTryEachTypeInOrder() throws CoercionException {
        Map<String, Object> nullableString = map("type", List.of("string", "null"));
        assertThat(coerce(5, nullableString)).isEqualTo("5");
        assertThat(coerce(null, nullableString)).isNull();

        Map<String, Object> integerOrString = map("type", List.of("integer", "string"));
        assertThat(coerce("12", integerOrString)).isEqualTo(12L);
        assertThat(coerce("abc", integerOrString)).isEqualTo("abc");

        Map<String, Object> stringOrInteger = map("type", List.of("string", "integer"));
        assertThat(coerce(12, stringOrInteger)).isEqualTo("12");
        assertThat(coerce(12, map("type", List.of("integer", "string")))).isEqualTo(12);

        Map<String, Object> integerOrBoolean = map("type", List.of("integer", "boolean"));
        assertThat(coerce("false", integerOrBoolean)).isEqualTo(false);
        assertThatThrownBy(() -> coerce("abc", integerOrBoolean))
                .hasMessage("\"abc\" is not an integer or a boolean")
                .satisfies(e -> assertThat(((CoercionException) e).expectedTypes()).containsExactly("integer", "boolean"));
        assertThatThrownBy(() -> coerce(1, map("type", List.of("null"))))
                .hasMessage("1 is not null");
        Map<String, Object> objectOrNull = map("type", List.of("object", "null"), "properties", map("n", INTEGER));
        assertThatThrownBy(() -> coerce(map("n", "x"), objectOrNull))
                .as("the failure inside the value's own type says more than 'is not an object or null'")
                .hasMessage("n: \"x\" is not an integer");
    }

    @Test
    void nullPassesAndNoTypeChangesNothing() throws CoercionException {
        assertThat(coerce(null, INTEGER)).isNull();
        Object value = map("a", "1");
        assertThat(coerce(value, map())).isSameAs(value);
        assertThat(coerce(value, null)).isSameAs(value);
        assertThat(coerce("x", map("description", "anything"))).isEqualTo("x");
        assertThat(coerce("x", map("type", "custom"))).isEqualTo("x");
    }

    @Test
    void coercibleTellsWhatCanWorkBeforeAnythingRuns() {
        assertThat(Coercion.coercible("object", INTEGER)).isFalse();
        assertThat(Coercion.coercible("array", INTEGER)).isFalse();
        assertThat(Coercion.coercible("boolean", INTEGER)).isFalse();
        assertThat(Coercion.coercible("string", INTEGER)).isTrue();
        assertThat(Coercion.coercible("number", INTEGER)).isTrue();
        assertThat(Coercion.coercible("integer", STRING)).isTrue();
        assertThat(Coercion.coercible("object", STRING)).isTrue();
        assertThat(Coercion.coercible("integer", NUMBER)).isTrue();
        assertThat(Coercion.coercible("object", NUMBER)).isFalse();
        assertThat(Coercion.coercible("string", BOOLEAN)).isTrue();
        assertThat(Coercion.coercible("integer", BOOLEAN)).isFalse();
        assertThat(Coercion.coercible("string", OBJECT)).isTrue();
        assertThat(Coercion.coercible("array", OBJECT)).isFalse();
        assertThat(Coercion.coercible("string", ARRAY)).isTrue();
        assertThat(Coercion.coercible("object", ARRAY)).isFalse();
        assertThat(Coercion.coercible("object", map("type", List.of("integer", "object")))).isTrue();
        assertThat(Coercion.coercible("object", map("type", List.of("integer", "null")))).isFalse();
        assertThat(Coercion.coercible("null", INTEGER)).isTrue();
        assertThat(Coercion.coercible(null, INTEGER)).isTrue();
        assertThat(Coercion.coercible("object", map())).isTrue();
        assertThat(Coercion.coercible("object", null)).isTrue();
    }
}
