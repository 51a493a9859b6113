package io.flowmason.executor.internal.mapping;

import static io.flowmason.executor.internal.mapping.MappingFixtures.CLASSIFIER_INPUT;
import static io.flowmason.executor.internal.mapping.MappingFixtures.OUTPUTS;
import static io.flowmason.executor.internal.mapping.MappingFixtures.STAGES;
import static io.flowmason.executor.internal.mapping.MappingFixtures.classify;
import static io.flowmason.executor.internal.mapping.MappingFixtures.classifyAnyInput;
import static io.flowmason.executor.internal.mapping.MappingFixtures.compiledWithoutProblems;
import static io.flowmason.executor.internal.mapping.TemplateTest.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InputMappingApplyTest {

    private final Map<String, Object> ticket = map("ticket_text", "printer on fire", "priority", 2,
            "customer", map("id", "c-17", "name", "Ada"), "meta", map("source", "email"), "labels", List.of("hw"));
    private final MapScope scope = new MapScope().input(ticket)
            .upstream("enrich", map("label", "hardware", "score", "0.75", "details", map("model", "X1")))
            .env("API_BASE", "https://api.example.com").context("run_id", "run_9");

    private static MappingException failure(InputMapping mapping, Scope scope) {
        try {
            mapping.apply(scope);
        } catch (MappingException e) {
            return e;
        }
        throw new AssertionError("expected a MappingException");
    }

    @Test
    void buildsTheInputFromTemplatesFillsDefaultsAndTakesSameNameFields() throws MappingException {
        InputMapping mapping = compiledWithoutProblems(classify(map(
                "text", "{{input.ticket_text}} [{{upstream.enrich.label}}]",
                "metadata.customer_id", "{{input.customer.id}}",
                "metadata.score", "{{upstream.enrich.score}}")));

        assertThat(mapping.apply(scope)).isEqualTo(map(
                "text", "printer on fire [hardware]",
                "metadata", map("customer_id", "c-17", "score", 0.75, "tier", "standard"),
                "priority", 2,
                "urgent", false,
                "language", "en"));
    }

    @Test
    void nestedTargetsBuildNestedObjects() throws MappingException {
        InputMapping mapping = compiledWithoutProblems(new MappingContext("s", map(
                "a.b.c", "{{input.priority}}", "a.b.d", "x", "a.e", List.of(1), "f", true),
                Map.of(), null, Set.of(), STAGES, OUTPUTS, Set.of()));
        assertThat(mapping.apply(scope)).isEqualTo(map("f", true, "a", map("b", map("c", 2, "d", "x"), "e", List.of(1))));
    }

    @Test
    void aTemplateReadingSomethingAbsentLeavesAFieldThatTakesNoNullOut() throws MappingException {
        Map<String, Object> schema = map("type", "object", "properties", map(
                "metadata", map("type", "object"), "note", map("type", List.of("string", "null")), "level", map("type", "string",
                        "default", "info")));
        InputMapping mapping = compiledWithoutProblems(new MappingContext("s", map("metadata", "{{input.metadata}}",
                "note", "{{input.note}}", "level", "{{input.level}}"), schema, null, Set.of(), STAGES, OUTPUTS, Set.of()));

        Map<String, Object> input = mapping.apply(new MapScope().input(map("unrelated", 1)));

        assertThat(input).doesNotContainKey("metadata").containsEntry("note", null).containsEntry("level", "info");
    }

    @Test
    void staticValuesOfEveryJsonTypeAreKept() throws MappingException {
        Map<String, Object> values = map("s", "text", "i", 3, "l", 4L, "d", 2.5, "b", false, "n", null,
                "o", map("k", List.of(1, map("x", "y"))), "a", Arrays.asList(1, "two", null, 3.0));
        InputMapping mapping = compiledWithoutProblems(new MappingContext("s", values, Map.of(), null, Set.of(), STAGES,
                OUTPUTS, Set.of()));
        assertThat(mapping.apply(scope)).isEqualTo(values);
        assertThat(mapping.apply(new MapScope())).isEqualTo(values);
    }

    @Test
    void convertsValuesToTheComponentFieldTypes() throws MappingException {
        MapScope strings = new MapScope().input(map("p", "7", "u", "TRUE", "tags", "[\"a\", 1]", "score", "3"));
        InputMapping mapping = compiledWithoutProblems(classifyAnyInput(map(
                "text", 1234,
                "priority", "{{input.p}}",
                "urgent", "{{input.u}}",
                "tags", "{{input.tags}}",
                "metadata", map("customer_id", 99, "score", "{{input.score}}"))));

        assertThat(mapping.apply(strings)).isEqualTo(map(
                "text", "1234", "priority", 7L, "urgent", true, "tags", List.of("a", "1"),
                "metadata", map("customer_id", "99", "score", 3L, "tier", "standard"), "language", "en"));
    }

    @Test
    void defaultsFillAbsentAndNullFieldsOnlyAndNestedOnesOnlyInsidePresentObjects() throws MappingException {
        InputMapping mapping = compiledWithoutProblems(classifyAnyInput(map(
                "text", "t", "priority", 1, "urgent", true, "language", "{{input.lang}}")));
        assertThat(mapping.apply(new MapScope().input(map()))).isEqualTo(map(
                "text", "t", "priority", 1, "urgent", true, "language", "en"))
                .doesNotContainKey("metadata");
        assertThat(mapping.apply(new MapScope().input(map("lang", "de")))).containsEntry("language", "de");
    }

    @Test
    void aComponentFieldWithoutMappingTakesThePipelineInputsSameNameField() throws MappingException {
        InputMapping mapping = compiledWithoutProblems(classify(map("text", "{{input.ticket_text}}")));
        Map<String, Object> input = mapping.apply(new MapScope().input(map("ticket_text", "t", "priority", "5",
                "tags", List.of("x"), "unrelated", 1)));
        assertThat(input).isEqualTo(map("text", "t", "priority", 5L, "tags", List.of("x"), "urgent", false,
                "language", "en"));
    }

    @Test
    void aMappedParentIsCopiedBeforeNestedTargetsGoIntoIt() throws MappingException {
        Map<String, Object> component = map("type", "object", "properties", map("options", map("type", "object",
                "properties", map("retries", map("type", "integer"), "mode", map("type", "string", "default", "fast")))));
        InputMapping mapping = compiledWithoutProblems(new MappingContext("s", map(
                "options.retries", "3", "options", "{{input.meta}}"), component, null, Set.of(), STAGES, OUTPUTS, Set.of()));

        assertThat(mapping.apply(scope)).isEqualTo(map("options", map("source", "email", "retries", 3L, "mode", "fast")));
        assertThat(ticket.get("meta")).as("the pipeline input is never changed").isEqualTo(map("source", "email"));
    }

    @Test
    void defaultsAndConversionsNeverChangeSharedValues() throws MappingException {
        Map<String, Object> customer = map("customer_id", 5, "score", "1.5");
        MapScope shared = new MapScope().input(map("customer", customer));
        InputMapping fromInput = compiledWithoutProblems(classify(map("text", "t", "priority", 1,
                "metadata", "{{input.customer}}")));
        assertThat(fromInput.apply(shared).get("metadata"))
                .isEqualTo(map("customer_id", "5", "score", 1.5, "tier", "standard"));
        assertThat(customer).isEqualTo(map("customer_id", 5, "score", "1.5"));

        InputMapping fromStatic = compiledWithoutProblems(classify(map("text", "t", "priority", 1,
                "metadata", map("customer_id", "c1"))));
        assertThat(fromStatic.apply(scope).get("metadata")).isEqualTo(map("customer_id", "c1", "tier", "standard"));
        assertThat(fromStatic.apply(scope).get("metadata")).as("the static value is filled in afresh on every run")
                .isEqualTo(map("customer_id", "c1", "tier", "standard"));
    }

    @Test
    void readsEveryKindOfRoot() throws MappingException {
        Map<String, Object> any = Map.of();
        InputMapping mapping = compiledWithoutProblems(new MappingContext("s", map(
                "whole", "{{upstream.enrich}}", "base", "{{env.API_BASE}}", "run", "{{context.run_id}}",
                "item", "{{item.n}}"), any, null, Set.of("API_BASE"), STAGES, OUTPUTS, Set.of("item")));
        assertThat(mapping.apply(scope.extra("item", map("n", 1)))).isEqualTo(map(
                "whole", scope.upstream("enrich"), "base", "https://api.example.com", "run", "run_9", "item", 1));
    }

    @Test
    void aValueThatDoesNotConvertFailsNamingStageFieldValueAndType() {
        InputMapping mapping = compiledWithoutProblems(classifyAnyInput(map("text", "t", "priority", "{{input.p}}",
                "metadata.customer_id", "c", "metadata.score", "{{input.s}}")));

        MappingException priority = failure(mapping, new MapScope().input(map("p", "abc", "s", 1)));
        assertThat(priority).hasMessage("stage classify: field priority expects an integer, got \"abc\"");
        assertThat(priority.stage()).isEqualTo("classify");
        assertThat(priority.field()).isEqualTo("priority");
        assertThat(priority.value()).isEqualTo("abc");
        assertThat(priority.expected()).isEqualTo("an integer");
        assertThat(priority.getCause()).isInstanceOf(CoercionException.class);

        MappingException score = failure(mapping, new MapScope().input(map("p", 1, "s", map("v", 1))));
        assertThat(score).hasMessage("stage classify: field metadata.score expects a number, got {\"v\":1}");
        assertThat(score.field()).isEqualTo("metadata.score");

        MappingException fraction = failure(mapping, new MapScope().input(map("p", 12.5, "s", 1)));
        assertThat(fraction).hasMessage("stage classify: field priority expects an integer, got 12.5");
    }

    @Test
    void aNestedItemThatDoesNotConvertIsNamedByItsPath() {
        Map<String, Object> component = map("type", "object", "properties", map("items", map("type", "array",
                "items", map("type", "object", "properties", map("qty", map("type", "integer"))))));
        InputMapping mapping = compiledWithoutProblems(new MappingContext("order", map("items", "{{input.items}}"),
                component, null, Set.of(), STAGES, OUTPUTS, Set.of()));
        MappingException e = failure(mapping, new MapScope().input(map("items", List.of(map("qty", 1), map("qty", "x")))));
        assertThat(e).hasMessage("stage order: field items[1].qty expects an integer, got \"x\"");
        assertThat(e.field()).isEqualTo("items[1].qty");
    }

    @Test
    void aRequiredFieldWithoutValueFailsSayingWhereItShouldHaveComeFrom() {
        InputMapping mapped = compiledWithoutProblems(classify(map("text", "{{input.ticket_text}}", "priority", 1)));
        MappingException text = failure(mapped, new MapScope().input(map()));
        assertThat(text).hasMessage("stage classify: required field text expects a string, got nothing "
                + "(mapped from {{input.ticket_text}})");
        assertThat(text.field()).isEqualTo("text");
        assertThat(text.value()).isNull();
        assertThat(text.expected()).isEqualTo("a string");

        InputMapping implicit = compiledWithoutProblems(classify(map("text", "t")));
        assertThat(failure(implicit, new MapScope().input(map("priority", null))))
                .hasMessage("stage classify: required field priority expects an integer, got nothing "
                        + "(not mapped, and the pipeline input gives no 'priority')");

        InputMapping nested = compiledWithoutProblems(classifyAnyInput(map("text", "t", "priority", 1,
                "metadata.score", "{{input.s}}")));
        assertThat(failure(nested, new MapScope().input(map("s", 1))))
                .hasMessage("stage classify: required field metadata.customer_id expects a string, got nothing")
                .satisfies(e -> assertThat(((MappingException) e).field()).isEqualTo("metadata.customer_id"));
    }

    @Test
    void aRequiredFieldMayBeNullWhenItsTypeAllowsNull() throws MappingException {
        Map<String, Object> component = map("type", "object", "properties", map("note", map("type",
                List.of("string", "null"))), "required", List.of("note"));
        InputMapping mapping = compiledWithoutProblems(new MappingContext("s", map("note", "{{input.note}}"), component,
                null, Set.of(), STAGES, OUTPUTS, Set.of()));
        assertThat(mapping.apply(new MapScope().input(map()))).containsEntry("note", null);
    }

    @Test
    void aNestedTargetInsideSomethingOtherThanAnObjectFails() {
        InputMapping mapping = compiledWithoutProblems(new MappingContext("s", map("options", "{{input.ticket_text}}",
                "options.mode", "fast"), Map.of(), null, Set.of(), STAGES, OUTPUTS, Set.of()));
        assertThat(failure(mapping, scope)).hasMessage("stage s: field options expects an object to hold options.mode, "
                + "got \"printer on fire\"");
    }

    @Test
    void aMappingAppliesAgainAndAgainWithoutCarryingAnythingOver() throws MappingException {
        InputMapping mapping = compiledWithoutProblems(classifyAnyInput(map("text", "{{input.t}}", "priority", "{{input.p}}")));
        for (int i = 0; i < 3; i++) {
            assertThat(mapping.apply(new MapScope().input(map("t", "run " + i, "p", String.valueOf(i)))))
                    .containsEntry("text", "run " + i).containsEntry("priority", (long) i);
        }
        assertThat(CLASSIFIER_INPUT.get("properties")).isInstanceOf(Map.class);
    }
}
