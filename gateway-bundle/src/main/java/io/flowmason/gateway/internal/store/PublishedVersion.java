package io.flowmason.gateway.internal.store;

import java.time.Instant;
import java.util.List;

/** A published, immutable version of a pipeline with the component version each stage is locked to. */
public record PublishedVersion(String pipelineId, String version, String definitionJson, Instant publishedAt,
        String publishedBy, List<StageLock> locks) {

    public PublishedVersion {
        locks = List.copyOf(locks);
    }
}
