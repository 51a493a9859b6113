package io.flowmason.executor.internal.mapping;

import io.flowmason.executor.internal.mapping.Reference.Segment;
import io.flowmason.executor.pipeline.PipelineProblem;
import io.flowmason.executor.pipeline.ProblemType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what template references point at before anything runs: upstream stages exist and are
 * not the stage itself, environment variables are allowed, and fields read from the pipeline input
 * or a stage output exist wherever their schemas list properties. Also tells the schema of what a
 * reference reads, when known, for type checks. One per pipeline, for stage input mappings and for
 * the pipeline's output.
 */
public final class ReferenceChecker {

    static final String ENV_ALLOWLIST = "FLOWMASON_ENV_ALLOWLIST";
    private static final Map<String, Object> STRING = Map.of("type", "string");

    private final Map<String, Object> pipelineInputSchema;
    private final Set<String> allowedEnv;
    private final Set<String> stageIds;
    private final Map<String, Map<String, Object>> stageOutputSchemas;

    /** Where a path leads in a schema: the schema there (null when unknown), or why the path cannot exist. */
    private record Walk(Map<String, Object> schema, String problem, String suggestion) {
    }

    /**
     * @param pipelineInputSchema empty or null when unknown
     * @param stageIds            every stage id of the pipeline
     * @param stageOutputSchemas  by stage id; a missing or empty schema is unknown
     */
    public ReferenceChecker(Map<String, Object> pipelineInputSchema, Set<String> allowedEnv, Set<String> stageIds,
            Map<String, Map<String, Object>> stageOutputSchemas) {
        this.pipelineInputSchema = pipelineInputSchema == null ? Map.of() : pipelineInputSchema;
        this.allowedEnv = allowedEnv == null ? Set.of() : allowedEnv;
        this.stageIds = stageIds == null ? Set.of() : stageIds;
        this.stageOutputSchemas = stageOutputSchemas == null ? Map.of() : stageOutputSchemas;
    }

    /**
     * Adds a problem when the reference cannot work.
     *
     * @param stage the stage whose template it is, or null for the pipeline's output
     * @param field the field the template fills, for the problem
     * @return true when the reference is fine
     */
    public boolean check(String stage, String field, Reference reference, List<PipelineProblem> problems) {
        return switch (reference.kind()) {
            case INPUT -> checkPath(stage, field, reference, pipelineInputSchema, "the pipeline input", problems);
            case UPSTREAM -> checkUpstream(stage, field, reference, problems);
            case ENV -> checkEnv(stage, field, reference, problems);
            default -> true;
        };
    }

    /** The schema of the value the reference reads, or null when unknown. */
    public Map<String, Object> schemaOf(Reference reference) {
        return switch (reference.kind()) {
            case INPUT -> walk(pipelineInputSchema, reference, "the pipeline input").schema();
            case UPSTREAM -> walk(stageOutputSchemas.get(reference.stageId()), reference, "").schema();
            case ENV, CONTEXT -> STRING;
            default -> null;
        };
    }

    private boolean checkUpstream(String stage, String field, Reference reference, List<PipelineProblem> problems) {
        String stageId = reference.stageId();
        if (stageId.equals(stage)) {
            problems.add(new PipelineProblem(stage, field, ProblemType.UNKNOWN_STAGE,
                    reference + ": stage " + stage + " cannot use its own output",
                    "use the output of another stage, or the pipeline input: {{input.<field>}}"));
            return false;
        }
        if (!stageIds.contains(stageId)) {
            Set<String> others = new LinkedHashSet<>(stageIds);
            others.remove(stage);
            problems.add(new PipelineProblem(stage, field, ProblemType.UNKNOWN_STAGE,
                    reference + ": there is no stage '" + stageId + "' in this pipeline",
                    Similarity.suggest(stageId, others, "stages", "the pipeline has no other stage")));
            return false;
        }
        return checkPath(stage, field, reference, stageOutputSchemas.get(stageId), "the output of stage " + stageId,
                problems);
    }

    private boolean checkEnv(String stage, String field, Reference reference, List<PipelineProblem> problems) {
        String name = reference.name();
        if (allowedEnv.contains(name)) {
            return true;
        }
        String closest = Similarity.closest(name, allowedEnv);
        String addIt = "add " + name + " to " + ENV_ALLOWLIST;
        problems.add(new PipelineProblem(stage, field, ProblemType.INVALID_TEMPLATE,
                reference + ": environment variable " + name + " is not on the allow-list",
                closest == null ? addIt : "did you mean `" + closest + "`? otherwise " + addIt));
        return false;
    }

    private boolean checkPath(String stage, String field, Reference reference, Map<String, Object> schema, String label,
            List<PipelineProblem> problems) {
        Walk walk = walk(schema, reference, label);
        if (walk.problem() == null) {
            return true;
        }
        problems.add(new PipelineProblem(stage, field, ProblemType.INVALID_TEMPLATE,
                reference + ": " + walk.problem(), walk.suggestion()));
        return false;
    }

    private static Walk walk(Map<String, Object> schema, Reference reference, String label) {
        String prefix = reference.kind() == Reference.Kind.UPSTREAM ? "upstream." + reference.stageId() : reference.root();
        Map<String, Object> current = schema;
        StringBuilder walked = new StringBuilder();
        for (Segment segment : reference.path()) {
            if (Schemas.isUnknown(current)) {
                return new Walk(null, null, null);
            }
            List<String> types = Schemas.nonNullTypes(current);
            String where = walked.isEmpty() ? label : label + " field '" + walked + "'";
            String whole = "{{" + prefix + (walked.isEmpty() || walked.charAt(0) == '[' ? "" : ".") + walked + "}}";
            if (segment.isIndex()) {
                if (!types.isEmpty() && !types.contains("array")) {
                    return new Walk(null, where + " is " + Schemas.describe(current) + ", not an array",
                            "leave out " + segment + " and use " + whole);
                }
                current = Schemas.items(current);
            } else {
                String name = segment.name();
                Map<String, Object> properties = Schemas.properties(current);
                Map<String, Object> additional = Schemas.asMap(current.get("additionalProperties"));
                if (properties != null && properties.containsKey(name)) {
                    current = Schemas.asMap(properties.get(name));
                } else if (additional != null) {
                    current = additional;
                } else if (properties != null) {
                    String missing = walked.isEmpty() ? name : walked + "." + name;
                    return new Walk(null, label + " has no field '" + missing + "'",
                            Similarity.suggest(name, properties.keySet(), "available fields", "it declares no fields"));
                } else if (!types.isEmpty() && !types.contains("object")) {
                    return new Walk(null, where + " is " + Schemas.describe(current) + ", so it has no field '" + name
                            + "'", "use " + whole + " as it is");
                } else {
                    current = null;
                }
            }
            walked.append(walked.isEmpty() && !segment.isIndex() ? segment.name() : segment.toString());
        }
        return new Walk(current, null, null);
    }
}
