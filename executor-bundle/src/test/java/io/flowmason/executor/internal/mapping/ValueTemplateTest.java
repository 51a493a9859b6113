package io.flowmason.executor.internal.mapping;

import static io.flowmason.executor.internal.mapping.TemplateTest.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueTemplateTest {

    private final MapScope scope = new MapScope()
            .input(map("ticket_text", "printer on fire", "priority", 3))
            .upstream("classify", map("label", "hardware", "tags", List.of("a", "b")))
            .context("run_id", "run_1");

    @Test
    void rendersTemplatesAtAnyDepthOfObjectsAndArrays() throws TemplateException {
        ValueTemplate value = ValueTemplate.compile(map(
                "summary", "{{input.ticket_text}} ({{upstream.classify.label}})",
                "meta", map("run", "{{context.run_id}}", "priority", "{{input.priority}}", "fixed", 1),
                "list", List.of("{{upstream.classify.tags}}", "static", map("deep", "{{input.priority}}"))), Set.of());

        assertThat(value.isStatic()).isFalse();
        assertThat(value.render(scope)).isEqualTo(map(
                "summary", "printer on fire (hardware)",
                "meta", map("run", "run_1", "priority", 3, "fixed", 1),
                "list", List.of(List.of("a", "b"), "static", map("deep", 3))));
        assertThat(value.references()).extracting(Reference::expression).containsExactly(
                "input.ticket_text", "upstream.classify.label", "context.run_id", "input.priority",
                "upstream.classify.tags", "input.priority");
    }

    @Test
    void keepsTheOrderOfObjectMembers() throws TemplateException {
        Object rendered = ValueTemplate.compile(map("z", "{{input.priority}}", "a", 1, "m", 2), Set.of()).render(scope);
        assertThat(rendered).isInstanceOfSatisfying(Map.class, object -> assertThat(object.keySet())
                .containsExactly("z", "a", "m"));
    }

    @Test
    void aSingleTemplateStringRendersToTheValueAndIsExposed() throws TemplateException {
        ValueTemplate value = ValueTemplate.compile("{{ upstream.classify }}", Set.of());
        assertThat(value.render(scope)).isSameAs(scope.upstream("classify"));
        assertThat(value.singleReference().stageId()).isEqualTo("classify");
        assertThat(ValueTemplate.compile("x {{input.priority}}", Set.of()).singleReference()).isNull();
        assertThat(ValueTemplate.compile(map("a", "{{input.priority}}"), Set.of()).singleReference()).isNull();
        assertThat(ValueTemplate.compile("plain", Set.of()).singleReference()).isNull();
    }

    @Test
    void staticValuesOfEveryJsonTypeRenderAsThemselves() throws TemplateException {
        for (Object value : new Object[] {"text", 7, 7L, 2.5, true, null, List.of(1, "x"), map("a", map("b", List.of()))}) {
            ValueTemplate compiled = ValueTemplate.compile(value, Set.of());
            assertThat(compiled.isStatic()).as("%s", value).isTrue();
            assertThat(compiled.render(scope)).isEqualTo(value);
            assertThat(compiled.references()).isEmpty();
        }
    }

    @Test
    void staticPartsAreReusedNotCopiedAndCannotBeChanged() throws TemplateException {
        Map<String, Object> source = new LinkedHashMap<>(map("headers", map("accept", "json"), "query", "{{input.priority}}"));
        ValueTemplate value = ValueTemplate.compile(source, Set.of());

        Map<?, ?> first = (Map<?, ?>) value.render(scope);
        Map<?, ?> second = (Map<?, ?>) value.render(scope);
        assertThat(first).isNotSameAs(second);
        assertThat(first.get("headers")).isSameAs(second.get("headers")).isEqualTo(map("accept", "json"));

        ValueTemplate fullyStatic = ValueTemplate.compile(List.of(map("a", 1)), Set.of());
        assertThat(fullyStatic.render(scope)).isSameAs(fullyStatic.render(null));
        assertThatThrownBy(() -> ((List<Object>) fullyStatic.render(scope)).add(2))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((Map<String, Object>) first.get("headers")).put("x", 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void changingTheSourceAfterCompilingChangesNothing() throws TemplateException {
        List<Object> tags = new ArrayList<>(List.of("a"));
        Map<String, Object> source = new LinkedHashMap<>(map("tags", tags));
        ValueTemplate value = ValueTemplate.compile(source, Set.of());
        tags.add("b");
        source.put("new", 1);
        assertThat(value.render(scope)).isEqualTo(map("tags", List.of("a")));
    }

    @Test
    void textWithoutBracesIsNeverParsed() throws TemplateException {
        assertThat(ValueTemplate.compile("a } b { c }}", Set.of()).isStatic()).isTrue();
    }

    @Test
    void extraRootsAreAllowedOnlyWhenGiven() throws TemplateException {
        ValueTemplate value = ValueTemplate.compile(map("n", "{{item.n}}", "i", "{{index}}"), Set.of("item", "index"));
        assertThat(value.render(new MapScope().extra("item", map("n", 5)).extra("index", 0))).isEqualTo(map("n", 5, "i", 0));
        assertThatThrownBy(() -> ValueTemplate.compile(map("n", "{{item.n}}"), Set.of()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("unknown root 'item'");
    }

    @Test
    void collectsEveryInvalidTemplateByWhereItSits() {
        Map<String, TemplateException> errors = new LinkedHashMap<>();
        ValueTemplate value = ValueTemplate.compile(map(
                "ok", "{{input.priority}}",
                "headers", map("Authorization", "Bearer {{env}}"),
                "messages", List.of(map("content", "{{inputs.text}}"), "{{upstream}}")), Set.of(), errors);

        assertThat(value).isNull();
        assertThat(errors).containsOnlyKeys("headers.Authorization", "messages[0].content", "messages[1]");
        assertThat(errors.get("headers.Authorization")).hasMessageStartingWith("{{env}} needs exactly one variable name");
        assertThat(errors.get("messages[0].content")).hasMessageStartingWith("unknown root 'inputs'");

        Map<String, TemplateException> top = new LinkedHashMap<>();
        assertThat(ValueTemplate.compile("{{", Set.of(), top)).isNull();
        assertThat(top).containsOnlyKeys("");
        assertThatThrownBy(() -> ValueTemplate.compile(List.of("{{a}}", "{{b}}"), Set.of()))
                .hasMessageStartingWith("unknown root 'a'");
    }
}
