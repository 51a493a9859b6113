package io.flowmason.gateway.internal.pipelines;

import io.flowmason.executor.ComponentRegistry;
import io.flowmason.executor.pipeline.Compilation;
import io.flowmason.executor.pipeline.CompiledPipeline;
import io.flowmason.executor.pipeline.ComponentLock;
import io.flowmason.executor.pipeline.PipelineCompiler;
import io.flowmason.executor.pipeline.PipelineDefinition;
import io.flowmason.gateway.internal.ApiException;
import io.flowmason.gateway.internal.store.PipelineStore;
import io.flowmason.gateway.internal.store.PublishedVersion;
import io.flowmason.gateway.internal.store.StageLock;
import io.flowmason.gateway.internal.store.StoredPipeline;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Pipelines as the API manages them: drafts and published versions kept by the store, compiled by
 * the executor when saved and kept compiled for runs until the deployed components change. The
 * latest published version of each pipeline is kept too, so that a run reads no database.
 *
 * <p>Each change counts in {@code changes} after it reached the store; a reader caches what it
 * read from the store only when no change happened meanwhile, so a cache never brings back what
 * a concurrent change removed.
 */
@Component(service = PipelineService.class)
public class PipelineService {

    /** The version name that runs a pipeline's draft instead of a published version. */
    public static final String DRAFT = "draft";

    private final PipelineStore store;
    private final PipelineCompiler compiler;
    private final ComponentRegistry registry;
    private final Map<String, CompiledPipeline> compiled = new ConcurrentHashMap<>();
    private final Map<String, String> latestVersions = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    @Activate
    public PipelineService(@Reference PipelineStore store, @Reference PipelineCompiler compiler, @Reference ComponentRegistry registry) {
        this.store = store;
        this.compiler = compiler;
        this.registry = registry;
    }

    /** Creates a pipeline from its definition; 422 with every problem when it cannot run, 409 when its id exists. */
    public PipelineDefinition create(PipelineDefinition definition) throws SQLException {
        CompiledPipeline pipeline = compileOrRefuse(definition);
        if (!store.create(definition.id(), definition.name(), PipelineJson.write(definition))) {
            throw new ApiException(Response.Status.CONFLICT, "pipeline_exists", "A pipeline with id '" + definition.id()
                    + "' exists already.", "Replace its draft with PUT /api/pipelines/" + definition.id() + ", or choose another id.");
        }
        changes.incrementAndGet();
        compiled.put(key(definition.id(), DRAFT), pipeline);
        return definition;
    }

    public PipelineDefinition replaceDraft(String id, PipelineDefinition definition) throws SQLException {
        if (!id.equals(definition.id())) {
            throw new ApiException(Response.Status.BAD_REQUEST, "id_mismatch", "The path names pipeline '" + id
                    + "' but the body names '" + definition.id() + "'.", "Send the same id in both.");
        }
        CompiledPipeline pipeline = compileOrRefuse(definition);
        if (!store.replaceDraft(id, definition.name(), PipelineJson.write(definition))) {
            throw notFound(id);
        }
        changes.incrementAndGet();
        compiled.put(key(id, DRAFT), pipeline);
        return definition;
    }

    public PipelineDefinition draft(String id) throws SQLException {
        return store.find(id).map(p -> PipelineJson.readStored(p.definitionJson())).orElseThrow(() -> notFound(id));
    }

    public List<StoredPipeline> list() throws SQLException {
        return store.list();
    }

    public void delete(String id) throws SQLException {
        if (!store.delete(id)) {
            throw notFound(id);
        }
        changes.incrementAndGet();
        latestVersions.remove(id);
        compiled.keySet().removeIf(k -> k.startsWith(id + "@"));
    }

    /** Publishes the draft as its version, locking every stage to the component version it resolves to now. */
    public PublishedVersion publish(String id, String actor) throws SQLException {
        PipelineDefinition definition = draft(id);
        CompiledPipeline pipeline = compileOrRefuse(definition);
        List<StageLock> locks = pipeline.locks().stream()
                .map(l -> new StageLock(l.stageId(), l.type(), l.version(), l.packageName())).toList();
        if (!store.publish(id, definition.version(), PipelineJson.write(definition), locks, actor)) {
            throw new ApiException(Response.Status.CONFLICT, "version_exists", "Version " + definition.version() + " of '" + id
                    + "' is published already.", "Raise the draft's version and publish again.");
        }
        changes.incrementAndGet();
        latestVersions.remove(id);
        compiled.put(key(id, definition.version()), pipeline);
        return store.version(id, definition.version()).orElseThrow();
    }

    public List<PublishedVersion> versions(String id) throws SQLException {
        if (store.find(id).isEmpty()) {
            throw notFound(id);
        }
        return store.versions(id);
    }

    /**
     * The pipeline to run: a published version (the latest when none is named) or, with
     * {@value #DRAFT}, the draft. Compiled once, again only when the deployed components changed.
     */
    public CompiledPipeline runnable(String id, String version) throws SQLException {
        long seen = changes.get();
        String wanted = version == null || version.isBlank() ? latestPublished(id, seen) : version.trim();
        String key = key(id, wanted);
        CompiledPipeline cached = compiled.get(key);
        if (cached != null && cached.generation() == registry.generation()) {
            return cached;
        }
        CompiledPipeline fresh;
        if (DRAFT.equals(wanted)) {
            fresh = compileOrRefuse(draft(id));
        } else {
            PublishedVersion published = store.version(id, wanted).orElseThrow(() -> new ApiException(Response.Status.NOT_FOUND,
                    "version_not_found", "Pipeline '" + id + "' has no published version " + wanted + ".",
                    "GET /api/pipelines/" + id + "/versions lists them."));
            List<ComponentLock> locks = published.locks().stream()
                    .map(l -> new ComponentLock(l.stageId(), l.componentType(), l.componentVersion(), l.packageName())).toList();
            Compilation compilation = compiler.compile(PipelineJson.readStored(published.definitionJson()), locks);
            if (!compilation.ok()) {
                throw new ApiException(Response.Status.CONFLICT, "pipeline_not_runnable", "Published version " + wanted + " of '"
                        + id + "' cannot run now: " + compilation.problems().get(0).message() + ".",
                        PipelineProblems.details(compilation.problems()),
                        compilation.problems().get(0).suggestion());
            }
            fresh = compilation.pipeline().orElseThrow();
        }
        if (changes.get() == seen) {
            compiled.put(key, fresh);
        }
        return fresh;
    }

    private String latestPublished(String id, long seen) throws SQLException {
        String known = latestVersions.get(id);
        if (known != null) {
            return known;
        }
        Optional<PublishedVersion> latest = store.versions(id).stream()
                .max(Comparator.comparing(v -> Version.parseVersion(v.version())));
        if (latest.isPresent()) {
            if (changes.get() == seen) {
                latestVersions.put(id, latest.get().version());
            }
            return latest.get().version();
        }
        if (store.find(id).isEmpty()) {
            throw notFound(id);
        }
        throw new ApiException(Response.Status.CONFLICT, "pipeline_not_published", "Pipeline '" + id + "' has never been published.",
                "Publish it with POST /api/pipelines/" + id + "/publish, or test-run the draft with ?version=draft.");
    }

    private CompiledPipeline compileOrRefuse(PipelineDefinition definition) {
        Compilation compilation = compiler.compile(definition);
        if (!compilation.ok()) {
            throw PipelineProblems.unprocessable("Pipeline '" + definition.id() + "'", compilation.problems());
        }
        return compilation.pipeline().orElseThrow();
    }

    static ApiException notFound(String id) {
        return new ApiException(Response.Status.NOT_FOUND, "pipeline_not_found", "No pipeline has the id '" + id + "'.",
                "GET /api/pipelines lists the pipelines.");
    }

    private static String key(String id, String version) {
        return id + "@" + version;
    }
}
