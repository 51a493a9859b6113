package io.flowmason.executor.internal.mapping;

import static io.flowmason.executor.internal.mapping.MappingFixtures.OUTPUTS;
import static io.flowmason.executor.internal.mapping.MappingFixtures.PIPELINE_INPUT;
import static io.flowmason.executor.internal.mapping.MappingFixtures.STAGES;
import static io.flowmason.executor.internal.mapping.TemplateTest.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowmason.executor.pipeline.PipelineProblem;
import io.flowmason.executor.pipeline.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checks the pipeline compiler also runs on a pipeline's output, where there is no stage. */
class ReferenceCheckerTest {

    private final ReferenceChecker checker = new ReferenceChecker(PIPELINE_INPUT, Set.of("API_BASE"), STAGES, OUTPUTS);

    private static Reference reference(String template) throws TemplateException {
        return Template.parse(template).references().get(0);
    }

    private List<PipelineProblem> check(String template) throws TemplateException {
        List<PipelineProblem> problems = new ArrayList<>();
        boolean fine = checker.check(null, "result", reference(template), problems);
        assertThat(fine).isEqualTo(problems.isEmpty());
        return problems;
    }

    @Test
    void checksThePipelineOutputLikeAStageWithoutOne() throws TemplateException {
        assertThat(check("{{upstream.enrich.label}}")).isEmpty();
        assertThat(check("{{upstream.classify}}")).as("in the output every stage may be read").isEmpty();
        assertThat(check("{{upstream.enrch.label}}")).containsExactly(new PipelineProblem(null, "result",
                ProblemType.UNKNOWN_STAGE, "{{upstream.enrch.label}}: there is no stage 'enrch' in this pipeline",
                "did you mean `enrich`?"));
        assertThat(check("{{upstream.enrich.lbl}}")).extracting(PipelineProblem::errorType)
                .containsExactly(ProblemType.INVALID_TEMPLATE);
        assertThat(check("{{env.HOME}}")).extracting(PipelineProblem::suggestion)
                .containsExactly("add HOME to FLOWMASON_ENV_ALLOWLIST");
        assertThat(check("{{context.run_id}}")).isEmpty();
    }

    @Test
    void tellsTheSchemaOfWhatAReferenceReadsWhenKnown() throws TemplateException {
        assertThat(checker.schemaOf(reference("{{input.customer.id}}"))).isEqualTo(map("type", "string"));
        assertThat(checker.schemaOf(reference("{{input.labels[0]}}"))).isEqualTo(map("type", "string"));
        assertThat(checker.schemaOf(reference("{{input}}"))).isSameAs(PIPELINE_INPUT);
        assertThat(checker.schemaOf(reference("{{upstream.enrich.score}}"))).isEqualTo(map("type", "number"));
        assertThat(checker.schemaOf(reference("{{env.API_BASE}}"))).isEqualTo(Map.of("type", "string"));
        assertThat(checker.schemaOf(reference("{{context.stage_id}}"))).isEqualTo(Map.of("type", "string"));
        assertThat(checker.schemaOf(reference("{{upstream.shape.x}}"))).isNull();
        assertThat(checker.schemaOf(reference("{{input.meta.x}}"))).isNull();
        assertThat(checker.schemaOf(reference("{{input.nope}}"))).isNull();
        assertThat(checker.schemaOf(Template.parse("{{item}}", Set.of("item")).references().get(0))).isNull();
    }

    @Test
    void additionalPropertiesSchemasAreFollowed() throws TemplateException {
        Map<String, Object> input = map("type", "object", "properties", map("scores", map("type", "object",
                "additionalProperties", map("type", "number"))));
        ReferenceChecker open = new ReferenceChecker(input, Set.of(), Set.of(), Map.of());
        List<PipelineProblem> problems = new ArrayList<>();
        assertThat(open.check("s", "f", reference("{{input.scores.anything}}"), problems)).isTrue();
        assertThat(open.schemaOf(reference("{{input.scores.anything}}"))).isEqualTo(map("type", "number"));
    }
}
