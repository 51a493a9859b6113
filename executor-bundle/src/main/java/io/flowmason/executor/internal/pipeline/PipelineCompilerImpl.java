package io.flowmason.executor.internal.pipeline;

import io.flowmason.api.provider.LlmProvider;
import io.flowmason.executor.ComponentKind;
import io.flowmason.executor.ComponentNotFoundException;
import io.flowmason.executor.internal.mapping.InputMapping;
import io.flowmason.executor.internal.mapping.MappingContext;
import io.flowmason.executor.internal.mapping.ReferenceChecker;
import io.flowmason.executor.internal.mapping.Similarity;
import io.flowmason.executor.internal.mapping.TemplateException;
import io.flowmason.executor.internal.mapping.ValueTemplate;
import io.flowmason.executor.internal.providers.ProviderRegistry;
import io.flowmason.executor.internal.registry.DeployedComponent;
import io.flowmason.executor.internal.registry.LiveComponentRegistry;
import io.flowmason.executor.internal.validation.CompiledSchema;
import io.flowmason.executor.internal.validation.InvalidSchemaException;
import io.flowmason.executor.internal.validation.SchemaValidator;
import io.flowmason.executor.pipeline.Compilation;
import io.flowmason.executor.pipeline.ComponentLock;
import io.flowmason.executor.pipeline.PipelineCompiler;
import io.flowmason.executor.pipeline.PipelineDefinition;
import io.flowmason.executor.pipeline.PipelineProblem;
import io.flowmason.executor.pipeline.ProblemType;
import io.flowmason.executor.pipeline.RetryPolicy;
import io.flowmason.executor.pipeline.StageDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Compiles pipeline definitions once, when they are saved or published: resolves every stage's
 * component, parses and checks every template against the schemas on both sides, orders the stages
 * and compiles the schemas, reporting everything that is wrong at once.
 */
@Component(service = {PipelineCompiler.class, PipelineCompilerImpl.class})
public class PipelineCompilerImpl implements PipelineCompiler {

    static final long DEFAULT_TIMEOUT_MS = 30_000;
    static final long MAX_TIMEOUT_MS = 600_000;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}");

    private final LiveComponentRegistry registry;
    private final ProviderRegistry providers;
    private final SchemaValidator validator;
    private final EnvAllowList envAllowList;

    @Activate
    public PipelineCompilerImpl(@Reference LiveComponentRegistry registry, @Reference ProviderRegistry providers,
            @Reference SchemaValidator validator, @Reference EnvAllowList envAllowList) {
        this.registry = registry;
        this.providers = providers;
        this.validator = validator;
        this.envAllowList = envAllowList;
    }

    @Override
    public Compilation compile(PipelineDefinition definition) {
        return compile(definition, null);
    }

    @Override
    public Compilation compile(PipelineDefinition definition, List<ComponentLock> locks) {
        long generation = registry.generation();
        List<PipelineProblem> problems = new ArrayList<>();
        checkIdentity(definition, problems);
        Map<String, StageDefinition> stages = uniqueStages(definition, problems);
        Map<String, DeployedComponent> components = new LinkedHashMap<>();
        for (StageDefinition stage : stages.values()) {
            resolve(stage, lockOf(locks, stage.id()), locks != null, problems).ifPresent(c -> components.put(stage.id(), c));
        }
        Map<String, Map<String, Object>> outputSchemas = new HashMap<>();
        components.forEach((id, c) -> outputSchemas.put(id, c.descriptor().outputSchema()));

        Map<String, InputMapping> mappings = new LinkedHashMap<>();
        Map<String, Set<String>> dependencies = new LinkedHashMap<>();
        for (StageDefinition stage : stages.values()) {
            DeployedComponent component = components.get(stage.id());
            Map<String, Object> inputSchema = component == null ? Map.of() : component.descriptor().inputSchema();
            InputMapping mapping = InputMapping.compile(new MappingContext(stage.id(), stage.inputMapping(), inputSchema,
                    definition.inputSchema(), envAllowList.names(), stages.keySet(), outputSchemas, Set.of()), problems);
            mappings.put(stage.id(), mapping);
            Set<String> deps = new LinkedHashSet<>();
            for (String dep : stage.dependsOn()) {
                if (stages.containsKey(dep) && !dep.equals(stage.id())) {
                    deps.add(dep);
                } else {
                    problems.add(new PipelineProblem(stage.id(), "depends_on", ProblemType.UNKNOWN_STAGE, dep.equals(stage.id())
                            ? "stage " + stage.id() + " depends on itself" : "depends_on names '" + dep + "', which is not a stage",
                            suggestStage(dep, stages.keySet())));
                }
            }
            mapping.upstreamStages().stream().filter(stages::containsKey).filter(s -> !s.equals(stage.id())).forEach(deps::add);
            dependencies.put(stage.id(), deps);
            checkProvider(stage, component, problems);
            checkTimeoutAndRetry(stage, problems);
        }
        TopologicalOrder.Result order = TopologicalOrder.of(dependencies);
        if (order.hasCycle()) {
            problems.add(new PipelineProblem(order.cycle().get(0), "depends_on", ProblemType.CYCLE, "stages "
                    + String.join(" → ", order.cycle()) + " depend on each other",
                    "remove one of these dependencies (a depends_on entry or an {{upstream...}} reference)"));
        }
        ValueTemplate output = compileOutput(definition, stages.keySet(), outputSchemas, problems);
        CompiledSchema inputSchema = compileSchema(definition.inputSchema(), "input_schema", problems);
        CompiledSchema outputSchema = compileSchema(definition.outputSchema(), "output_schema", problems);
        if (!problems.isEmpty()) {
            return new Compilation(Optional.empty(), problems);
        }
        List<CompiledStage> compiled = assemble(order.order(), stages, components, mappings, dependencies);
        return new Compilation(Optional.of(new CompiledPipelineImpl(definition, compiled, output, inputSchema, outputSchema,
                generation)), List.of());
    }

    private static void checkIdentity(PipelineDefinition definition, List<PipelineProblem> problems) {
        if (definition.id() == null || !ID.matcher(definition.id()).matches()) {
            problems.add(new PipelineProblem(null, "id", ProblemType.TYPE_MISMATCH, "pipeline id '" + definition.id()
                    + "' is not valid", "use lower-case letters, digits, '-' and '_', such as support-triage"));
        }
        try {
            Version.parseVersion(definition.version());
        } catch (IllegalArgumentException e) {
            problems.add(new PipelineProblem(null, "version", ProblemType.TYPE_MISMATCH, "version '" + definition.version()
                    + "' is not a version", "write major.minor.micro, such as 1.0.0"));
        }
        if (definition.stages().isEmpty()) {
            problems.add(new PipelineProblem(null, "stages", ProblemType.MISSING_REQUIRED, "the pipeline has no stages",
                    "add at least one stage with an id and a component type"));
        }
    }

    private static Map<String, StageDefinition> uniqueStages(PipelineDefinition definition, List<PipelineProblem> problems) {
        Map<String, StageDefinition> stages = new LinkedHashMap<>();
        for (StageDefinition stage : definition.stages()) {
            if (stage.id() == null || !ID.matcher(stage.id()).matches()) {
                problems.add(new PipelineProblem(stage.id(), "id", ProblemType.TYPE_MISMATCH, "stage id '" + stage.id()
                        + "' is not valid", "use lower-case letters, digits, '-' and '_', such as classify"));
            } else if (stages.putIfAbsent(stage.id(), stage) != null) {
                problems.add(new PipelineProblem(stage.id(), "id", ProblemType.TYPE_MISMATCH, "two stages are called '"
                        + stage.id() + "'", "give each stage its own id"));
            }
        }
        return stages;
    }

    private static ComponentLock lockOf(List<ComponentLock> locks, String stageId) {
        return locks == null ? null : locks.stream().filter(l -> l.stageId().equals(stageId)).findFirst().orElse(null);
    }

    private Optional<DeployedComponent> resolve(StageDefinition stage, ComponentLock lock, boolean locked,
            List<PipelineProblem> problems) {
        if (stage.type() == null || stage.type().isBlank()) {
            problems.add(new PipelineProblem(stage.id(), "type", ProblemType.MISSING_REQUIRED, "stage " + stage.id()
                    + " names no component type", "set type to a deployed component, such as json_transform"));
            return Optional.empty();
        }
        if (locked) {
            return resolveLocked(stage, lock, problems);
        }
        StageTarget target;
        try {
            target = StageTarget.parse(stage.componentPackage());
        } catch (IllegalArgumentException e) {
            problems.add(new PipelineProblem(stage.id(), "component_package", ProblemType.UNKNOWN_COMPONENT, e.getMessage(),
                    "write <package>@<version>, such as acme-corp/support-classifier@1.0.0"));
            return Optional.empty();
        }
        try {
            DeployedComponent component = registry.resolveDeployed(stage.type(), target.spec());
            if (target.packageName() != null && !target.packageName().equals(component.packageName())) {
                problems.add(new PipelineProblem(stage.id(), "component_package", ProblemType.UNKNOWN_COMPONENT, "component "
                        + stage.type() + " comes from package " + component.packageName() + ", not " + target.packageName(),
                        "write component_package as " + component.packageName() + "@" + component.version()));
                return Optional.empty();
            }
            return Optional.of(component);
        } catch (ComponentNotFoundException e) {
            problems.add(new PipelineProblem(stage.id(), "type", ProblemType.UNKNOWN_COMPONENT, e.getMessage(),
                    e.installedVersions().isEmpty() ? suggestType(stage.type())
                            : "available versions: " + String.join(", ", e.installedVersions())));
            return Optional.empty();
        }
    }

    private Optional<DeployedComponent> resolveLocked(StageDefinition stage, ComponentLock lock, List<PipelineProblem> problems) {
        if (lock == null || !lock.type().equals(stage.type())) {
            problems.add(new PipelineProblem(stage.id(), "type", ProblemType.UNKNOWN_COMPONENT, "stage " + stage.id()
                    + " has no component lock in this published version", "publish the pipeline again"));
            return Optional.empty();
        }
        Optional<DeployedComponent> component = registry.findDeployed(lock.type(), Version.parseVersion(lock.version()))
                .filter(DeployedComponent::available);
        if (component.isEmpty()) {
            problems.add(new PipelineProblem(stage.id(), "type", ProblemType.UNKNOWN_COMPONENT, "this published version is locked to "
                    + lock.type() + " " + lock.version() + ", which is not available on this instance",
                    "deploy " + lock.packageName() + " " + lock.version() + " again, or publish a new pipeline version"));
        }
        return component;
    }

    private String suggestType(String type) {
        List<String> known = registry.components(true).stream().map(c -> c.type()).distinct().sorted().toList();
        String closest = Similarity.closest(type, known);
        return closest != null ? "did you mean `" + closest + "`?" : "deploy a package that provides " + type
                + (known.isEmpty() ? "" : "; deployed types: " + String.join(", ", known));
    }

    private static String suggestStage(String name, Set<String> stages) {
        return Similarity.suggest(name, stages, "stages", "the pipeline has no stages");
    }

    private void checkProvider(StageDefinition stage, DeployedComponent component, List<PipelineProblem> problems) {
        if (component == null || component.descriptor().kind() != ComponentKind.NODE) {
            return;
        }
        if (stage.provider() == null || stage.provider().isBlank()) {
            problems.add(new PipelineProblem(stage.id(), "provider", ProblemType.UNSUPPORTED_PROVIDER, "stage " + stage.id()
                    + " runs the node " + component.type() + " but names no provider", providerChoice(component)));
            return;
        }
        Optional<LlmProvider> provider = providers.find(stage.provider());
        if (provider.isEmpty()) {
            problems.add(new PipelineProblem(stage.id(), "provider", ProblemType.UNSUPPORTED_PROVIDER, "provider '"
                    + stage.provider() + "' is not deployed on this instance", providerChoice(component)));
            return;
        }
        List<String> missing = component.descriptor().requiredCapabilities().stream()
                .filter(capability -> !provider.get().capabilities().contains(capability)).toList();
        if (!missing.isEmpty()) {
            problems.add(new PipelineProblem(stage.id(), "provider", ProblemType.UNSUPPORTED_PROVIDER, component.type()
                    + " needs " + String.join(", ", missing) + ", which provider '" + stage.provider() + "' does not offer",
                    providerChoice(component)));
        }
    }

    private String providerChoice(DeployedComponent component) {
        List<String> recommended = component.descriptor().recommendedProviders();
        return "use one of the deployed providers " + providers.names()
                + (recommended.isEmpty() ? "" : "; " + component.type() + " recommends " + recommended);
    }

    private static void checkTimeoutAndRetry(StageDefinition stage, List<PipelineProblem> problems) {
        if (stage.timeoutMs() != null && (stage.timeoutMs() < 1 || stage.timeoutMs() > MAX_TIMEOUT_MS)) {
            problems.add(new PipelineProblem(stage.id(), "timeout_ms", ProblemType.TYPE_MISMATCH, "timeout_ms "
                    + stage.timeoutMs() + " is out of range", "use 1 to " + MAX_TIMEOUT_MS + " ms; leave it out for "
                    + DEFAULT_TIMEOUT_MS));
        }
    }

    private ValueTemplate compileOutput(PipelineDefinition definition, Set<String> stages,
            Map<String, Map<String, Object>> outputSchemas, List<PipelineProblem> problems) {
        if (definition.output() == null) {
            return null;
        }
        Map<String, TemplateException> errors = new LinkedHashMap<>();
        ValueTemplate output = ValueTemplate.compile(definition.output(), Set.of(), errors);
        errors.forEach((where, error) -> problems.add(new PipelineProblem(null, where.isEmpty() ? "output" : "output." + where,
                ProblemType.INVALID_TEMPLATE, error.problem(), error.hint())));
        if (output != null) {
            ReferenceChecker checker = new ReferenceChecker(definition.inputSchema(), envAllowList.names(), stages, outputSchemas);
            for (io.flowmason.executor.internal.mapping.Reference reference : output.references()) {
                checker.check(null, "output", reference, problems);
            }
        }
        return output;
    }

    private CompiledSchema compileSchema(Map<String, Object> schema, String field, List<PipelineProblem> problems) {
        try {
            return validator.compile(schema == null ? Map.of() : schema);
        } catch (InvalidSchemaException e) {
            problems.add(new PipelineProblem(null, field, ProblemType.TYPE_MISMATCH, field + " is not a valid JSON Schema: "
                    + e.getMessage(), "fix the schema; https://json-schema.org/understanding-json-schema/ explains the keywords"));
            return null;
        }
    }

    private List<CompiledStage> assemble(List<String> order, Map<String, StageDefinition> stages,
            Map<String, DeployedComponent> components, Map<String, InputMapping> mappings, Map<String, Set<String>> dependencies) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        List<CompiledStage> compiled = new ArrayList<>();
        for (String id : order) {
            StageDefinition stage = stages.get(id);
            DeployedComponent component = components.get(id);
            int[] deps = dependencies.get(id).stream().mapToInt(index::get).toArray();
            int[] dependents = order.stream().filter(other -> dependencies.get(other).contains(id)).mapToInt(index::get).toArray();
            compiled.add(new CompiledStage(index.get(id), stage, component, mappings.get(id),
                    validator.compile(component.descriptor().inputSchema()), validator.compile(component.descriptor().outputSchema()),
                    deps, dependents, stage.timeoutMs() == null ? DEFAULT_TIMEOUT_MS : stage.timeoutMs(),
                    stage.retry() == null ? RetryPolicy.NONE : stage.retry(), warnings(stage, component)));
        }
        return compiled;
    }

    private static List<String> warnings(StageDefinition stage, DeployedComponent component) {
        List<String> recommended = component.descriptor().recommendedProviders();
        if (stage.provider() != null && !recommended.isEmpty() && !recommended.contains(stage.provider())) {
            return List.of(component.type() + " is written and tested for " + String.join(", ", recommended) + ", not "
                    + stage.provider());
        }
        return List.of();
    }
}
