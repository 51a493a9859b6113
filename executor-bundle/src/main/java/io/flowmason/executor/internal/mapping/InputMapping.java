package io.flowmason.executor.internal.mapping;

import io.flowmason.executor.pipeline.PipelineProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One stage's input mapping, compiled when the pipeline is saved and applied on every run: renders
 * each mapped value into its (possibly nested) target, takes unmapped component fields from the
 * pipeline input's same-name fields, fills in schema defaults, converts values to the component's
 * field types and checks that required fields have values.
 */
public final class InputMapping {

    /** A top-level field of the stage input and the schema its value is converted to. */
    record FieldSchema(String name, Map<String, Object> schema) {
    }

    private final String stageId;
    private final TargetField[] targets;
    private final String[] implicitFields;
    private final FieldSchema[] coercedFields;
    private final ObjectRules rules;
    private final Map<String, String> origins;
    private final Set<String> upstreamStages;
    private final Set<String> envNames;

    InputMapping(String stageId, List<TargetField> targets, List<String> implicitFields, List<FieldSchema> coercedFields,
            ObjectRules rules, Map<String, String> origins, Set<String> upstreamStages, Set<String> envNames) {
        this.stageId = stageId;
        this.targets = targets.toArray(new TargetField[0]);
        this.implicitFields = implicitFields.toArray(new String[0]);
        this.coercedFields = coercedFields.toArray(new FieldSchema[0]);
        this.rules = rules;
        this.origins = Map.copyOf(origins);
        this.upstreamStages = Set.copyOf(upstreamStages);
        this.envNames = Set.copyOf(envNames);
    }

    /**
     * Compiles and checks a stage's mapping, adding every problem found to {@code problems} (it
     * never throws for a user's mistake). A mapping compiled with problems must not be applied;
     * its {@link #upstreamStages()} are still right for the references that parsed.
     */
    public static InputMapping compile(MappingContext context, List<PipelineProblem> problems) {
        return new MappingCompiler(context, problems).compile();
    }

    /** The stage this mapping builds the input of. */
    public String stageId() {
        return stageId;
    }

    /** The other stages of the pipeline whose output the templates read: dependencies of this stage. */
    public Set<String> upstreamStages() {
        return upstreamStages;
    }

    /** The environment variables the templates read. */
    public Set<String> envNames() {
        return envNames;
    }

    /**
     * Builds the stage's input. The result is a new map; values taken from the scope or from static
     * mappings may be shared with them and must not be changed.
     *
     * @throws MappingException when a value does not convert to its field's type or a required field has no value
     */
    public Map<String, Object> apply(Scope scope) throws MappingException {
        Map<String, Object> input = new LinkedHashMap<>();
        for (TargetField target : targets) {
            target.writeInto(input, scope, stageId);
        }
        if (implicitFields.length > 0 && scope.input() instanceof Map<?, ?> given) {
            for (String name : implicitFields) {
                if (given.containsKey(name)) {
                    input.put(name, given.get(name));
                }
            }
        }
        for (FieldSchema field : coercedFields) {
            Object value = input.get(field.name());
            if (value != null) {
                try {
                    Object coerced = Coercion.coerce(value, field.schema());
                    if (coerced != value) {
                        input.put(field.name(), coerced);
                    }
                } catch (CoercionException e) {
                    throw MappingException.notConvertible(stageId, field.name(), e);
                }
            }
        }
        return rules == null ? input : rules.apply(input, true, stageId, "", origins);
    }
}
