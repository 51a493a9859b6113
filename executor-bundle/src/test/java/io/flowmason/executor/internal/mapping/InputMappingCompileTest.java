package io.flowmason.executor.internal.mapping;

import static io.flowmason.executor.internal.mapping.MappingFixtures.CLASSIFIER_INPUT;
import static io.flowmason.executor.internal.mapping.MappingFixtures.OUTPUTS;
import static io.flowmason.executor.internal.mapping.MappingFixtures.STAGES;
import static io.flowmason.executor.internal.mapping.MappingFixtures.classify;
import static io.flowmason.executor.internal.mapping.MappingFixtures.compiledWithoutProblems;
import static io.flowmason.executor.internal.mapping.MappingFixtures.problemsOf;
import static io.flowmason.executor.internal.mapping.TemplateTest.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.executor.pipeline.PipelineProblem;
import io.flowmason.executor.pipeline.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InputMappingCompileTest {

    private static PipelineProblem onlyProblem(Map<String, Object> mapping) {
        List<PipelineProblem> problems = problemsOf(classify(mapping));
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private static PipelineProblem problem(String field, ProblemType type, String message, String suggestion) {
        return new PipelineProblem("classify", field, type, message, suggestion);
    }

    @Test
    void aSoundMappingHasNoProblemsAndNamesItsDependencies() {
        InputMapping mapping = compiledWithoutProblems(classify(map(
                "text", "{{input.ticket_text}} ({{upstream.enrich.label}})",
                "priority", "{{input.priority}}",
                "metadata.customer_id", "{{input.customer.id}}",
                "metadata.score", "{{upstream.enrich.score}}",
                "tags", List.of("{{upstream.shape.anything}}", "{{env.REGION}}", "{{context.run_id}}"),
                "options", map("base", "{{env.API_BASE}}"))));

        assertThat(mapping.stageId()).isEqualTo("classify");
        assertThat(mapping.upstreamStages()).containsExactlyInAnyOrder("enrich", "shape");
        assertThat(mapping.envNames()).containsExactlyInAnyOrder("REGION", "API_BASE");
    }

    @Test
    void anUnparsableTemplateIsInvalidWithTheRightFormSuggested() {
        assertThat(onlyProblem(map("text", "{{inputs.ticket_text}}", "priority", 1))).isEqualTo(problem("text",
                ProblemType.INVALID_TEMPLATE, "unknown root 'inputs' in {{inputs.ticket_text}}",
                "did you mean input? a template starts with input, upstream, env or context, e.g. {{input.ticket_text}}"));
        assertThat(onlyProblem(map("text", "x", "priority", 1, "options", map("auth", List.of("Bearer {{env}}")))))
                .isEqualTo(problem("options.auth[0]", ProblemType.INVALID_TEMPLATE,
                        "{{env}} needs exactly one variable name", "write {{env.<NAME>}}, e.g. {{env.API_BASE}}"));
    }

    @Test
    void anEnvironmentVariableMustBeOnTheAllowList() {
        assertThat(onlyProblem(map("text", "{{env.API_BSE}}", "priority", 1))).isEqualTo(problem("text",
                ProblemType.INVALID_TEMPLATE, "{{env.API_BSE}}: environment variable API_BSE is not on the allow-list",
                "did you mean `API_BASE`? otherwise add API_BSE to FLOWMASON_ENV_ALLOWLIST"));
        assertThat(onlyProblem(map("text", "{{env.DATABASE_PASSWORD}}", "priority", 1)).suggestion())
                .isEqualTo("add DATABASE_PASSWORD to FLOWMASON_ENV_ALLOWLIST");
    }

    @Test
    void aPipelineInputFieldMustExistWhenTheInputSchemaListsThem() {
        assertThat(onlyProblem(map("text", "{{input.ticket_txt}}", "priority", 1))).isEqualTo(problem("text",
                ProblemType.INVALID_TEMPLATE, "{{input.ticket_txt}}: the pipeline input has no field 'ticket_txt'",
                "did you mean `ticket_text`?"));
        assertThat(onlyProblem(map("text", "{{input.customer.nmae}}", "priority", 1))).satisfies(p -> {
            assertThat(p.message()).isEqualTo("{{input.customer.nmae}}: the pipeline input has no field 'customer.nmae'");
            assertThat(p.suggestion()).isEqualTo("did you mean `name`?");
        });
        assertThat(onlyProblem(map("text", "{{input.zebra}}", "priority", 1)).suggestion())
                .isEqualTo("available fields: ticket_text, customer, priority, meta, labels");
        assertThat(onlyProblem(map("text", "{{input.ticket_text.first}}", "priority", 1))).satisfies(p -> {
            assertThat(p.errorType()).isEqualTo(ProblemType.INVALID_TEMPLATE);
            assertThat(p.message()).isEqualTo("{{input.ticket_text.first}}: the pipeline input field 'ticket_text' "
                    + "is a string, so it has no field 'first'");
            assertThat(p.suggestion()).isEqualTo("use {{input.ticket_text}} as it is");
        });
        assertThat(onlyProblem(map("text", "{{input.customer[0]}}", "priority", 1)).message())
                .isEqualTo("{{input.customer[0]}}: the pipeline input field 'customer' is an object, not an array");
        assertThat(problemsOf(classify(map("text", "{{input.meta.anything.deep}}", "tags", "{{input.labels[3]}}",
                "priority", 1)))).as("objects without properties and array items are open").isEmpty();
    }

    @Test
    void anUnknownPipelineInputSchemaAcceptsAnyField() {
        MappingContext unknownInput = new MappingContext("classify", map("text", "{{input.whatever.x}}", "priority", 1),
                CLASSIFIER_INPUT, null, Set.of(), STAGES, OUTPUTS, Set.of());
        assertThat(problemsOf(unknownInput)).isEmpty();
    }

    @Test
    void anUpstreamFieldMustExistWhenTheStageOutputSchemaListsThem() {
        assertThat(onlyProblem(map("text", "{{upstream.enrich.lable}}", "priority", 1))).isEqualTo(problem("text",
                ProblemType.INVALID_TEMPLATE, "{{upstream.enrich.lable}}: the output of stage enrich has no field 'lable'",
                "did you mean `label`?"));
        assertThat(problemsOf(classify(map("text", "{{upstream.shape.anything.at[0].all}}", "priority", 1)))).isEmpty();
    }

    @Test
    void anUpstreamStageMustExistAndNotBeTheStageItself() {
        assertThat(onlyProblem(map("text", "{{upstream.enrih.label}}", "priority", 1))).isEqualTo(problem("text",
                ProblemType.UNKNOWN_STAGE, "{{upstream.enrih.label}}: there is no stage 'enrih' in this pipeline",
                "did you mean `enrich`?"));
        assertThat(onlyProblem(map("text", "{{upstream.classify.label}}", "priority", 1))).isEqualTo(problem("text",
                ProblemType.UNKNOWN_STAGE, "{{upstream.classify.label}}: stage classify cannot use its own output",
                "use the output of another stage, or the pipeline input: {{input.<field>}}"));
        assertThat(onlyProblem(map("text", "{{upstream.translate}}", "priority", 1)).suggestion())
                .startsWith("stages: ").contains("enrich", "shape").doesNotContain("classify");

        List<PipelineProblem> problems = new ArrayList<>();
        InputMapping mapping = InputMapping.compile(classify(map("text", "{{upstream.classify}} {{upstream.nope}}",
                "priority", "{{upstream.enrich.score}}")), problems);
        assertThat(mapping.upstreamStages()).containsExactly("enrich");
    }

    @Test
    void aTargetTheClosedComponentInputDoesNotHaveIsATypeMismatch() {
        assertThat(onlyProblem(map("txt", "{{input.ticket_text}}", "text", "x", "priority", 1))).isEqualTo(problem("txt",
                ProblemType.TYPE_MISMATCH, "component input has no field 'txt'", "did you mean `text`?"));
        assertThat(onlyProblem(map("text", "x", "priority", 1, "metadata.custmer_id", "c1"))).isEqualTo(problem(
                "metadata.custmer_id", ProblemType.TYPE_MISMATCH, "component input has no field 'metadata.custmer_id'",
                "did you mean `customer_id`?"));
        assertThat(onlyProblem(map("text", "x", "priority", 1, "zzz", 1)).suggestion())
                .isEqualTo("its fields: text, priority, urgent, language, metadata, tags, options");
        assertThat(onlyProblem(map("text", "x", "priority", 1, "tags.first", "a"))).isEqualTo(problem("tags.first",
                ProblemType.TYPE_MISMATCH, "component input field 'tags' is an array, so it has no field 'first'",
                "map tags itself"));
        assertThat(onlyProblem(map("text", "x", "priority", 1, "metadata..tier", "gold")).message())
                .isEqualTo("'metadata..tier' is not a field path");
    }

    @Test
    void anOpenComponentInputTakesAnyTarget() {
        Map<String, Object> open = map("type", "object", "properties", map("text", map("type", "string")));
        MappingContext context = new MappingContext("classify", map("text", "x", "extra.deep", 1), open, null,
                Set.of(), STAGES, OUTPUTS, Set.of());
        assertThat(problemsOf(context)).isEmpty();
        MappingContext anything = new MappingContext("classify", map("a.b.c", "{{input.x}}"), Map.of(), Map.of(),
                Set.of(), STAGES, OUTPUTS, Set.of());
        assertThat(problemsOf(anything)).isEmpty();
    }

    @Test
    void aStaticValueThatCannotConvertIsATypeMismatch() {
        assertThat(onlyProblem(map("text", "x", "priority", "high"))).isEqualTo(problem("priority",
                ProblemType.TYPE_MISMATCH, "field priority expects an integer, got \"high\"",
                "write an integer there, or map it from a template such as {{input.priority}}"));
        assertThat(onlyProblem(map("text", "x", "priority", 1, "metadata", map("customer_id", "c", "score", "lots"))))
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("metadata.score");
                    assertThat(p.message()).isEqualTo("field metadata.score expects a number, got \"lots\"");
                });
        assertThat(onlyProblem(map("text", "x", "priority", 1, "tags", "[\"a\", ")).message())
                .isEqualTo("field tags expects an array, got \"[\\\"a\\\", \" (it is not valid JSON)");
        assertThat(onlyProblem(map("text", "x", "priority", map("a", 1))).message())
                .isEqualTo("field priority expects an integer, got {\"a\":1}");
        assertThat(problemsOf(classify(map("text", 42, "priority", "7", "urgent", "TRUE", "tags", "[\"a\"]"))))
                .as("static values that convert are fine").isEmpty();
    }

    @Test
    void aTemplateWhoseSourceTypeCannotConvertIsATypeMismatch() {
        assertThat(onlyProblem(map("text", "x", "priority", "{{input.customer}}"))).isEqualTo(problem("priority",
                ProblemType.TYPE_MISMATCH, "field priority expects an integer, but {{input.customer}} is an object",
                "map one of its fields, e.g. {{input.customer.<field>}}"));
        assertThat(onlyProblem(map("text", "x", "priority", "{{upstream.enrich.details}}")).message())
                .isEqualTo("field priority expects an integer, but {{upstream.enrich.details}} is an object");
        assertThat(onlyProblem(map("text", "x", "priority", 1, "urgent", "{{input.labels}}"))).satisfies(p -> {
            assertThat(p.message()).isEqualTo("field urgent expects a boolean, but {{input.labels}} is an array");
            assertThat(p.suggestion()).isEqualTo("map one of its items, e.g. {{input.labels[0]}}");
        });
        assertThat(onlyProblem(map("text", "x", "priority", map("level", "{{input.priority}}"))).message())
                .isEqualTo("field priority expects an integer, but is mapped to an object");
        assertThat(problemsOf(classify(map("text", "{{input.customer}}", "priority", "{{input.ticket_text}}",
                "tags", "{{upstream.enrich.label}}", "metadata", "{{input.meta}}", "options", "{{context.stage_id}}"))))
                .as("string to integer, object to string, string to array or object may all work").isEmpty();
    }

    @Test
    void aRequiredFieldNothingFillsIsMissingWithAMappingSuggested() {
        assertThat(onlyProblem(map("priority", 1))).isEqualTo(problem("text", ProblemType.MISSING_REQUIRED,
                "required field 'text' (a string) is not mapped, has no default, and the pipeline input has no "
                        + "field 'text'",
                "map it: \"text\": \"{{input.ticket_text}}\""));

        Map<String, Object> input = map("type", "object", "properties", map("body", map("type", "string")));
        MappingContext farFromAnything = new MappingContext("classify", map("priority", 1), CLASSIFIER_INPUT, input,
                Set.of(), STAGES, OUTPUTS, Set.of());
        assertThat(problemsOf(farFromAnything)).singleElement().satisfies(p -> assertThat(p.suggestion())
                .isEqualTo("map it, e.g. \"text\": \"{{input.<field>}}\" with one of: body"));
    }

    @Test
    void aRequiredFieldTheInputFillsByNameOrADefaultFillsIsNotMissing() {
        assertThat(problemsOf(classify(map("text", "{{input.ticket_text}}")))).as("priority comes from the input").isEmpty();

        Map<String, Object> component = map("type", "object", "properties", map(
                "mode", map("type", "string", "default", "fast")), "required", List.of("mode"));
        assertThat(problemsOf(new MappingContext("s", map(), component, MappingFixtures.PIPELINE_INPUT, Set.of(),
                STAGES, OUTPUTS, Set.of()))).isEmpty();

        MappingContext unknownInput = new MappingContext("classify", map(), CLASSIFIER_INPUT, Map.of(), Set.of(),
                STAGES, OUTPUTS, Set.of());
        assertThat(problemsOf(unknownInput)).as("an unknown input may have text and priority").isEmpty();

        assertThat(problemsOf(classify(map("metadata.customer_id", "c", "priority", 1)))).extracting(PipelineProblem::field)
                .containsExactly("text");
        assertThat(problemsOf(classify(map("text.x", 1, "priority", 1)))).extracting(PipelineProblem::errorType)
                .as("a mapped field that is wrong is not also missing").containsExactly(ProblemType.TYPE_MISMATCH);
    }

    @Test
    void aSameNameInputFieldOfTheWrongTypeIsATypeMismatch() {
        Map<String, Object> input = map("type", "object", "properties", map("text", map("type", "string"),
                "priority", map("type", "object")));
        MappingContext context = new MappingContext("classify", map(), CLASSIFIER_INPUT, input, Set.of(), STAGES,
                OUTPUTS, Set.of());
        assertThat(problemsOf(context)).singleElement().satisfies(p -> {
            assertThat(p.errorType()).isEqualTo(ProblemType.TYPE_MISMATCH);
            assertThat(p.field()).isEqualTo("priority");
            assertThat(p.message()).isEqualTo("field priority expects an integer, but takes the pipeline input's "
                    + "same-name field, which is an object");
        });
    }

    @Test
    void reportsEveryProblemAtOnce() {
        List<PipelineProblem> problems = problemsOf(classify(map(
                "txt", "{{input.ticket_text}}",
                "priority", "{{inputs.priority}}",
                "urgent", "maybe",
                "tags", "{{upstream.enrih.labels}}",
                "language", "{{env.LANG}}",
                "options", "{{input.custmer}}")));

        assertThat(problems).extracting(PipelineProblem::field, PipelineProblem::errorType).containsExactly(
                org.assertj.core.groups.Tuple.tuple("txt", ProblemType.TYPE_MISMATCH),
                org.assertj.core.groups.Tuple.tuple("priority", ProblemType.INVALID_TEMPLATE),
                org.assertj.core.groups.Tuple.tuple("urgent", ProblemType.TYPE_MISMATCH),
                org.assertj.core.groups.Tuple.tuple("tags", ProblemType.UNKNOWN_STAGE),
                org.assertj.core.groups.Tuple.tuple("language", ProblemType.INVALID_TEMPLATE),
                org.assertj.core.groups.Tuple.tuple("options", ProblemType.INVALID_TEMPLATE),
                org.assertj.core.groups.Tuple.tuple("text", ProblemType.MISSING_REQUIRED));
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.stage()).isEqualTo("classify");
            assertThat(p.message()).isNotBlank();
            assertThat(p.suggestion()).isNotBlank();
        });
    }

    @Test
    void extraRootsAreAllowedOnlyWhenTheContextNamesThem() {
        Map<String, Object> mapping = map("text", "{{item.text}}", "priority", "{{index}}");
        assertThat(problemsOf(new MappingContext("classify", mapping, CLASSIFIER_INPUT, MappingFixtures.PIPELINE_INPUT,
                Set.of(), STAGES, OUTPUTS, Set.of("item", "index")))).isEmpty();
        assertThat(problemsOf(classify(mapping))).extracting(PipelineProblem::errorType)
                .containsExactly(ProblemType.INVALID_TEMPLATE, ProblemType.INVALID_TEMPLATE);
    }
}
