package io.flowmason.executor.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowmason.executor.internal.mapping.Reference.Segment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateTest {

    private final Map<String, Object> ticket = map("ticket_text", "printer on fire", "priority", 3,
            "customer", map("name", "Ada", "tags", List.of("vip", "eu")));
    private final MapScope scope = new MapScope()
            .input(ticket)
            .upstream("classify", map("label", "hardware", "score", 0.93, "urgent", true,
                    "items", List.of(map("name", "a"), map("name", "b"), map("name", "c"))))
            .env("API_BASE", "https://api.example.com")
            .context("run_id", "run_42").context("pipeline_id", "support-triage")
            .context("environment", "staging").context("stage_id", "shape");

    private Object render(String text) throws TemplateException {
        return Template.parse(text).render(scope);
    }

    @Test
    void inputRootReadsTheWholeInputOrAPathWithIndices() throws TemplateException {
        assertThat(render("{{input}}")).isSameAs(ticket);
        assertThat(render("{{input.ticket_text}}")).isEqualTo("printer on fire");
        assertThat(render("{{input.customer.name}}")).isEqualTo("Ada");
        assertThat(render("{{input.customer.tags[1]}}")).isEqualTo("eu");
    }

    @Test
    void upstreamRootReadsAStageOutputOrAFieldOfIt() throws TemplateException {
        assertThat(render("{{upstream.classify}}")).isEqualTo(scope.upstream("classify"));
        assertThat(render("{{upstream.classify.label}}")).isEqualTo("hardware");
        assertThat(render("{{upstream.classify.items[2].name}}")).isEqualTo("c");
    }

    @Test
    void envAndContextRootsReadOneName() throws TemplateException {
        assertThat(render("{{env.API_BASE}}")).isEqualTo("https://api.example.com");
        assertThat(render("{{context.run_id}}")).isEqualTo("run_42");
        assertThat(render("{{context.pipeline_id}}")).isEqualTo("support-triage");
        assertThat(render("{{context.environment}}")).isEqualTo("staging");
        assertThat(render("{{context.stage_id}}")).isEqualTo("shape");
    }

    @Test
    void aSingleTemplateKeepsTheValueType() throws TemplateException {
        assertThat(render("{{input.priority}}")).isEqualTo(3);
        assertThat(render("{{upstream.classify.score}}")).isEqualTo(0.93);
        assertThat(render("{{upstream.classify.urgent}}")).isEqualTo(true);
        assertThat(render("{{input.customer.tags}}")).isEqualTo(List.of("vip", "eu"));
        assertThat(render("{{ input.customer }}")).isSameAs(ticket.get("customer"));
    }

    @Test
    void surroundingTextMakesItText() throws TemplateException {
        assertThat(render("P{{input.priority}}")).isEqualTo("P3");
        assertThat(render(" {{input.priority}}")).isEqualTo(" 3");
        assertThat(render("{{input.priority}} ")).isEqualTo("3 ");
        assertThat(render("{{input.priority}}{{input.priority}}")).isEqualTo("33");
        assertThat(render("score {{upstream.classify.score}}, urgent {{upstream.classify.urgent}}"))
                .isEqualTo("score 0.93, urgent true");
        assertThat(render("{{env.API_BASE}}/tickets/{{context.run_id}}"))
                .isEqualTo("https://api.example.com/tickets/run_42");
    }

    @Test
    void objectsAndArraysInsideTextAreCompactJson() throws TemplateException {
        assertThat(render("customer: {{input.customer}}"))
                .isEqualTo("customer: {\"name\":\"Ada\",\"tags\":[\"vip\",\"eu\"]}");
        assertThat(render("tags={{input.customer.tags}}")).isEqualTo("tags=[\"vip\",\"eu\"]");
        assertThat(Template.parse("{{input.customer}}").renderText(scope))
                .isEqualTo("{\"name\":\"Ada\",\"tags\":[\"vip\",\"eu\"]}");
        assertThat(Template.parse("{{input.priority}}").renderText(scope)).isEqualTo("3");
        assertThat(new MapScope().input(map("n", new BigDecimal("1.50"))).env("X", "x"))
                .satisfies(s -> assertThat(Template.parse("n={{input.n}}").render(s)).isEqualTo("n=1.50"));
    }

    @Test
    void missingPathsRenderAsNullAloneAndAsNothingInText() throws TemplateException {
        assertThat(render("{{input.nope}}")).isNull();
        assertThat(render("{{input.customer.name.first}}")).isNull();
        assertThat(render("{{input.customer.tags[7]}}")).isNull();
        assertThat(render("{{input.customer[0]}}")).isNull();
        assertThat(render("{{input.customer.tags.first}}")).isNull();
        assertThat(render("{{upstream.not_run_yet.label}}")).isNull();
        assertThat(render("{{env.UNSET}}")).isNull();
        assertThat(render("[{{input.nope}}]")).isEqualTo("[]");
        assertThat(Template.parse("{{input.nope}}").render(new MapScope())).isNull();
    }

    @Test
    void plainTextIsNoTemplateAndRendersToItself() throws TemplateException {
        Template plain = Template.parse("just text } with { braces }}");
        assertThat(plain.isTemplate()).isFalse();
        assertThat(plain.references()).isEmpty();
        assertThat(plain.render(scope)).isSameAs(plain.text());
        assertThat(Template.parse("").render(scope)).isEqualTo("");
    }

    @Test
    void spacesInsideTheBracesAreAllowed() throws TemplateException {
        assertThat(render("{{input.ticket_text}}")).isEqualTo("printer on fire");
        assertThat(render("{{ input.ticket_text }}")).isEqualTo("printer on fire");
        assertThat(render("{{   upstream.classify.label\t}}")).isEqualTo("hardware");
        assertThat(Template.parse("{{ input.x }}").isSingleReference()).isTrue();
    }

    @Test
    void exposesItsReferencesForTheCompiler() throws TemplateException {
        Template template = Template.parse("{{ upstream.s.items[2].name }} for {{env.KEY}} in {{context.run_id}}");
        assertThat(template.isTemplate()).isTrue();
        assertThat(template.isSingleReference()).isFalse();
        List<Reference> references = template.references();
        assertThat(references).hasSize(3);

        Reference upstream = references.get(0);
        assertThat(upstream.root()).isEqualTo("upstream");
        assertThat(upstream.stageId()).isEqualTo("s");
        assertThat(upstream.segments()).containsExactly(Segment.field("s"), Segment.field("items"),
                Segment.position(2), Segment.field("name"));
        assertThat(upstream.path()).containsExactly(Segment.field("items"), Segment.position(2), Segment.field("name"));
        assertThat(upstream.expression()).isEqualTo("upstream.s.items[2].name");
        assertThat(upstream).hasToString("{{upstream.s.items[2].name}}");

        assertThat(references.get(1).root()).isEqualTo("env");
        assertThat(references.get(1).name()).isEqualTo("KEY");
        assertThat(references.get(1).stageId()).isNull();
        assertThat(references.get(2).name()).isEqualTo("run_id");
        assertThat(references.get(2).path()).isEmpty();

        Reference input = Template.parse("{{input}}").references().get(0);
        assertThat(input.segments()).isEmpty();
        assertThat(input.path()).isEmpty();
    }

    @Test
    void extraRootsOnlyWhenAllowed() throws TemplateException {
        MapScope loop = new MapScope().extra("item", map("name", "b")).extra("index", 1);
        Template template = Template.parse("{{index}}: {{item.name}}", Set.of("item", "index"));
        assertThat(template.render(loop)).isEqualTo("1: b");
        assertThat(Template.parse("{{item}}", Set.of("item")).render(loop)).isEqualTo(map("name", "b"));
        assertThat(Template.parse("{{item.name}}", Set.of("item")).references().get(0).root()).isEqualTo("item");

        assertThatThrownBy(() -> Template.parse("{{item.name}}"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("unknown root 'item'");
        assertThatThrownBy(() -> Template.parse("{{index}}", Set.of("item")))
                .hasMessageContaining("unknown root 'index'");
    }

    @Test
    void extraRootsReadNullFromAScopeThatDoesNotProvideThem() throws TemplateException {
        Scope bare = new Scope() {
            @Override
            public Object input() {
                return null;
            }

            @Override
            public Object upstream(String stageId) {
                return null;
            }

            @Override
            public String env(String name) {
                return null;
            }

            @Override
            public Object context(String key) {
                return null;
            }
        };
        assertThat(Template.parse("{{item.name}}", Set.of("item")).render(bare)).isNull();
    }

    @Test
    void unclosedBracesAreRefusedWithTheRightForm() {
        assertThatThrownBy(() -> Template.parse("Hello {{input.name"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("unclosed '{{' at position 6 in \"Hello {{input.name\"; every '{{' needs its '}}', "
                        + "as in {{input.ticket_text}}")
                .satisfies(e -> {
                    TemplateException failure = (TemplateException) e;
                    assertThat(failure.template()).isEqualTo("Hello {{input.name");
                    assertThat(failure.problem()).isEqualTo("unclosed '{{' at position 6 in \"Hello {{input.name\"");
                    assertThat(failure.hint()).isEqualTo("every '{{' needs its '}}', as in {{input.ticket_text}}");
                });
        assertThatThrownBy(() -> Template.parse("{{input.a {{input.b}}"))
                .hasMessageStartingWith("unclosed '{{' at position 0");
        assertThatThrownBy(() -> Template.parse("{{input.a}} and {{"))
                .hasMessageStartingWith("unclosed '{{' at position 16");
    }

    @Test
    void anEmptyExpressionIsRefused() {
        assertThatThrownBy(() -> Template.parse("a {{ }} b"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("empty expression {{}} in \"a {{ }} b\"; write what to insert, e.g. {{input.ticket_text}} "
                        + "or {{upstream.classify.label}}");
        assertThatThrownBy(() -> Template.parse("{{}}")).hasMessageStartingWith("empty expression");
    }

    @Test
    void anUnknownRootIsRefusedNamingTheCloseOne() {
        assertThatThrownBy(() -> Template.parse("{{inputs.text}}"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("unknown root 'inputs' in {{inputs.text}}; did you mean input? a template starts with "
                        + "input, upstream, env or context, e.g. {{input.ticket_text}}");
        assertThatThrownBy(() -> Template.parse("{{foo}}"))
                .hasMessage("unknown root 'foo' in {{foo}}; a template starts with input, upstream, env or context, "
                        + "e.g. {{input.ticket_text}}");
        assertThatThrownBy(() -> Template.parse("{{foo}}", Set.of("item", "index")))
                .hasMessageContaining("input, upstream, env, context, index or item");
        assertThatThrownBy(() -> Template.parse("{{.text}}"))
                .hasMessage("{{.text}} does not start with a root; write input, upstream, env or context first, "
                        + "e.g. {{input.ticket_text}}");
    }

    @Test
    void badSegmentsAreRefusedShowingHowToWritePaths() {
        String howTo = "write fields as .name and list positions as [0], e.g. {{input.items[0].name}}";
        assertThatThrownBy(() -> Template.parse("{{input..text}}"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("bad path segment '..text' in {{input..text}}; " + howTo);
        assertThatThrownBy(() -> Template.parse("{{input.text.}}")).hasMessage("bad path segment '.' in {{input.text.}}; " + howTo);
        assertThatThrownBy(() -> Template.parse("{{input.items[x]}}")).hasMessageStartingWith("bad path segment '[x]'");
        assertThatThrownBy(() -> Template.parse("{{input.items[-1]}}")).hasMessageStartingWith("bad path segment '[-1]'");
        assertThatThrownBy(() -> Template.parse("{{input.items[]}}")).hasMessageStartingWith("bad path segment '[]'");
        assertThatThrownBy(() -> Template.parse("{{input.items[0}}")).hasMessageStartingWith("bad path segment '[0'");
        assertThatThrownBy(() -> Template.parse("{{input.items[12345678901]}}")).hasMessageStartingWith("bad path segment");
        assertThatThrownBy(() -> Template.parse("{{input ticket}}")).hasMessageStartingWith("bad path segment ' ticket'");
        assertThatThrownBy(() -> Template.parse("{{input.a b}}")).hasMessageStartingWith("bad path segment ' b'");
        assertThatThrownBy(() -> Template.parse("{{input | upper}}")).hasMessageStartingWith("bad path segment");
    }

    @Test
    void upstreamNeedsAStage() {
        String message = "{{upstream}} needs a stage id; write {{upstream.<stage_id>}} for a stage's whole output "
                + "or {{upstream.<stage_id>.<field>}}, e.g. {{upstream.classify.label}}";
        assertThatThrownBy(() -> Template.parse("{{upstream}}")).isInstanceOf(TemplateException.class).hasMessage(message);
        assertThatThrownBy(() -> Template.parse("{{upstream[0]}}")).hasMessageStartingWith("{{upstream[0]}} needs a stage id");
    }

    @Test
    void envNeedsExactlyOneName() {
        assertThatThrownBy(() -> Template.parse("{{env}}"))
                .isInstanceOf(TemplateException.class)
                .hasMessage("{{env}} needs exactly one variable name; write {{env.<NAME>}}, e.g. {{env.API_BASE}}");
        assertThatThrownBy(() -> Template.parse("{{env.A.B}}")).hasMessageStartingWith("{{env.A.B}} needs exactly one variable name");
        assertThatThrownBy(() -> Template.parse("{{env[0]}}")).hasMessageStartingWith("{{env[0]}} needs exactly one");
    }

    @Test
    void contextTakesOnlyItsFourKeys() {
        String message = "{{context.user}} is not a context value; write {{context.<key>}} with one of run_id, pipeline_id, "
                + "environment, stage_id, e.g. {{context.run_id}}";
        assertThatThrownBy(() -> Template.parse("{{context.user}}")).isInstanceOf(TemplateException.class).hasMessage(message);
        assertThatThrownBy(() -> Template.parse("{{context}}")).hasMessageStartingWith("{{context}} is not a context value");
        assertThatThrownBy(() -> Template.parse("{{context.run_id.x}}")).hasMessageStartingWith("{{context.run_id.x}} is not");
    }

    @Test
    void aTemplateIsParsedOnceAndRendersAgainstEachScope() throws TemplateException {
        Template template = Template.parse("{{input.n}}");
        List<Object> rendered = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            rendered.add(template.render(new MapScope().input(map("n", n))));
        }
        assertThat(rendered).containsExactly(0, 1, 2);
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
