package io.flowmason.executor.internal.mapping;

import io.flowmason.executor.pipeline.PipelineProblem;
import io.flowmason.executor.pipeline.ProblemType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles one stage's input mapping and reports everything wrong with it at once: invalid
 * templates, references to unknown stages, fields or environment variables, targets the component
 * does not have, values of the wrong type and required fields nothing fills.
 */
final class MappingCompiler {

    /** The schema a target field has in the component input; valid is false when the field cannot exist. */
    private record TargetSchema(boolean valid, Map<String, Object> schema) {
    }

    private final MappingContext context;
    private final List<PipelineProblem> problems;
    private final ReferenceChecker checker;
    private final String stageId;
    private final Set<String> mappedFields = new LinkedHashSet<>();
    private final Map<String, String> origins = new LinkedHashMap<>();
    private final Set<String> upstreamStages = new LinkedHashSet<>();
    private final Set<String> envNames = new LinkedHashSet<>();

    MappingCompiler(MappingContext context, List<PipelineProblem> problems) {
        this.context = context;
        this.problems = problems;
        this.checker = context.referenceChecker();
        this.stageId = context.stageId();
    }

    InputMapping compile() {
        List<TargetField> targets = new ArrayList<>();
        for (Map.Entry<String, Object> entry : context.mapping().entrySet()) {
            TargetField target = target(entry.getKey(), entry.getValue());
            if (target != null) {
                targets.add(target);
            }
        }
        // parents before the fields nested in them, so a mapped parent is written first and then filled in
        targets.sort(Comparator.comparingInt(TargetField::depth));
        List<String> implicitFields = implicitFields();
        checkRequired();
        return new InputMapping(stageId, targets, implicitFields, coercedFields(implicitFields),
                ObjectRules.of(context.componentInputSchema()), origins, upstreamStages, envNames);
    }

    private TargetField target(String field, Object raw) {
        String[] path = field.split("\\.", -1);
        mappedFields.add(path[0]);
        if (Arrays.stream(path).anyMatch(String::isEmpty)) {
            problem(field, ProblemType.TYPE_MISMATCH, "'" + field + "' is not a field path",
                    "name a field of the component input, with dots between nested fields: metadata.customer_id");
            return null;
        }
        if (path.length == 1) {
            origins.put(field, raw instanceof String text ? "mapped from " + text : "mapped to " + Json.show(raw));
        } else {
            origins.putIfAbsent(path[0], "only fields inside it are mapped");
        }
        TargetSchema target = targetSchema(field, path);
        if (target.valid() && Schemas.isDeferred(target.schema())) {
            return new TargetField(field, path, ValueTemplate.constant(raw), sharedParents(path), false);
        }
        Map<String, TemplateException> errors = new LinkedHashMap<>();
        ValueTemplate value = ValueTemplate.compile(raw, context.extraRoots(), errors);
        errors.forEach((where, error) -> problem(join(field, where), ProblemType.INVALID_TEMPLATE, error.problem(),
                error.hint()));
        if (value == null) {
            return null;
        }
        boolean referencesFine = true;
        for (Reference reference : value.references()) {
            referencesFine &= checker.check(stageId, field, reference, problems);
            String upstream = reference.stageId();
            if (upstream != null && !upstream.equals(stageId) && context.stageIds().contains(upstream)) {
                upstreamStages.add(upstream);
            }
            if (reference.kind() == Reference.Kind.ENV) {
                envNames.add(reference.name());
            }
        }
        if (!target.valid()) {
            return null;
        }
        value = checkType(field, raw, value, target.schema(), referencesFine);
        return value == null ? null : new TargetField(field, path, value, sharedParents(path),
                !value.isStatic() && !Schemas.types(target.schema()).contains("null"));
    }

    /** Walks the component input schema along the target path, reporting fields it cannot have. */
    private TargetSchema targetSchema(String field, String[] path) {
        Map<String, Object> schema = context.componentInputSchema();
        for (int i = 0; i < path.length; i++) {
            if (Schemas.isUnknown(schema)) {
                return new TargetSchema(true, null);
            }
            Map<String, Object> properties = Schemas.properties(schema);
            Map<String, Object> member = Schemas.member(schema, path[i]);
            String walked = String.join(".", Arrays.copyOf(path, i + 1));
            if (member != null || properties != null && properties.containsKey(path[i])) {
                schema = member;
                continue;
            }
            if (Schemas.isClosed(schema)) {
                problem(field, ProblemType.TYPE_MISMATCH, "component input has no field '" + walked + "'",
                        Similarity.suggest(path[i], properties.keySet(), "its fields", "it takes no fields"));
                return new TargetSchema(false, null);
            }
            List<String> types = Schemas.nonNullTypes(schema);
            if (!types.isEmpty() && !types.contains("object")) {
                String parent = String.join(".", Arrays.copyOf(path, i));
                problem(field, ProblemType.TYPE_MISMATCH, "component input field '" + parent + "' is "
                        + Schemas.describe(schema) + ", so it has no field '" + path[i] + "'",
                        "map " + parent + " itself");
                return new TargetSchema(false, null);
            }
            schema = null;
        }
        return new TargetSchema(true, schema);
    }

    /** Converts a static value once, now; checks that a template's value can convert when its type is known. */
    private ValueTemplate checkType(String field, Object raw, ValueTemplate value, Map<String, Object> target,
            boolean referencesFine) {
        if (Schemas.types(target).isEmpty()) {
            return value;
        }
        if (value.isStatic()) {
            Object constant = value.render(null);
            try {
                Object coerced = Coercion.coerce(constant, target);
                return coerced == constant ? value : ValueTemplate.constant(coerced);
            } catch (CoercionException e) {
                String where = e.pathUnder(field);
                problem(where, ProblemType.TYPE_MISMATCH, "field " + where + " expects " + e.expected() + ", got "
                        + Json.show(e.value()) + (e.reason() == null ? "" : " (" + e.reason() + ")"),
                        "write " + e.expected() + " there, or map it from a template such as {{input."
                        + where.substring(where.lastIndexOf('.') + 1) + "}}");
                return null;
            }
        }
        Reference single = value.singleReference();
        if (single != null && referencesFine) {
            List<String> sourceTypes = Schemas.nonNullTypes(checker.schemaOf(single));
            if (!sourceTypes.isEmpty() && sourceTypes.stream().noneMatch(type -> Coercion.coercible(type, target))) {
                problem(field, ProblemType.TYPE_MISMATCH, "field " + field + " expects " + Schemas.describe(target)
                        + ", but " + single + " is " + Json.describeTypes(sourceTypes),
                        sourceTypes.contains("object") ? "map one of its fields, e.g. {{" + single.expression() + ".<field>}}"
                        : sourceTypes.contains("array") ? "map one of its items, e.g. {{" + single.expression() + "[0]}}"
                        : "map a value that is " + Schemas.describe(target) + " or converts to one");
            }
        } else if (raw instanceof Map || raw instanceof List) {
            String type = raw instanceof Map ? "object" : "array";
            if (!Coercion.coercible(type, target)) {
                problem(field, ProblemType.TYPE_MISMATCH, "field " + field + " expects " + Schemas.describe(target)
                        + ", but is mapped to " + Json.withArticle(type),
                        "map a single value, e.g. {{input." + field.substring(field.lastIndexOf('.') + 1) + "}}");
            }
        }
        return value;
    }

    /** Component fields nothing maps: at run time they take the pipeline input's same-name field, when it has one. */
    private List<String> implicitFields() {
        Map<String, Object> component = context.componentInputSchema();
        Set<String> fields = new LinkedHashSet<>();
        Map<String, Object> properties = Schemas.properties(component);
        if (properties != null) {
            fields.addAll(properties.keySet());
        }
        fields.addAll(Schemas.required(component));
        fields.removeAll(mappedFields);
        Map<String, Object> inputProperties = Schemas.properties(context.pipelineInputSchema());
        for (String name : fields) {
            origins.put(name, "not mapped, and the pipeline input gives no '" + name + "'");
            Map<String, Object> source = inputProperties == null ? null : Schemas.asMap(inputProperties.get(name));
            Map<String, Object> target = Schemas.member(component, name);
            List<String> sourceTypes = Schemas.nonNullTypes(source);
            if (!sourceTypes.isEmpty() && sourceTypes.stream().noneMatch(type -> Coercion.coercible(type, target))) {
                problem(name, ProblemType.TYPE_MISMATCH, "field " + name + " expects " + Schemas.describe(target)
                        + ", but takes the pipeline input's same-name field, which is " + Json.describeTypes(sourceTypes),
                        "map " + name + " explicitly: \"" + name + "\": \"{{...}}\"");
            }
        }
        return new ArrayList<>(fields);
    }

    /** Required component fields that no mapping, default or same-name pipeline input field fills. */
    private void checkRequired() {
        Map<String, Object> component = context.componentInputSchema();
        Map<String, Object> inputProperties = Schemas.properties(context.pipelineInputSchema());
        if (inputProperties == null) {
            return; // the pipeline input is unknown, so any field may come from it by name
        }
        for (String name : Schemas.required(component)) {
            Map<String, Object> schema = Schemas.member(component, name);
            if (mappedFields.contains(name) || schema != null && schema.containsKey("default")
                    || inputProperties.containsKey(name)) {
                continue;
            }
            String closest = Similarity.closest(name, inputProperties.keySet());
            String suggestion = closest != null
                    ? "map it: \"" + name + "\": \"{{input." + closest + "}}\""
                    : inputProperties.isEmpty()
                    ? "map it, e.g. \"" + name + "\": \"{{upstream.<stage>.<field>}}\", or give it a static value"
                    : "map it, e.g. \"" + name + "\": \"{{input.<field>}}\" with one of: "
                    + String.join(", ", inputProperties.keySet());
            problem(name, ProblemType.MISSING_REQUIRED, "required field '" + name + "' (" + Schemas.describe(schema)
                    + ") is not mapped, has no default, and the pipeline input has no field '" + name + "'", suggestion);
        }
    }

    private List<InputMapping.FieldSchema> coercedFields(List<String> implicitFields) {
        Set<String> names = new LinkedHashSet<>(mappedFields);
        names.addAll(implicitFields);
        List<InputMapping.FieldSchema> fields = new ArrayList<>();
        for (String name : names) {
            Map<String, Object> schema = Schemas.member(context.componentInputSchema(), name);
            if (schema != null && !Schemas.types(schema).isEmpty()) {
                fields.add(new InputMapping.FieldSchema(name, schema));
            }
        }
        return fields;
    }

    /** For each parent on the path: whether it is mapped itself, so its object may be shared. */
    private boolean[] sharedParents(String[] path) {
        boolean[] shared = new boolean[path.length - 1];
        for (int i = 0; i < shared.length; i++) {
            shared[i] = context.mapping().containsKey(String.join(".", Arrays.copyOf(path, i + 1)));
        }
        return shared;
    }

    private void problem(String field, ProblemType type, String message, String suggestion) {
        problems.add(new PipelineProblem(stageId, field, type, message, suggestion));
    }

    private static String join(String field, String where) {
        return where.isEmpty() ? field : where.startsWith("[") ? field + where : field + "." + where;
    }
}
