package io.flowmason.gateway.internal.limits;

import java.time.LocalDate;

/**
 * One row of {@code usage_daily}: a day, key and pipeline, and a component ({@link #RUN} in
 * {@code componentType} for the row of the runs themselves).
 */
record UsageKey(LocalDate day, String keyId, String pipelineId, String componentType, String componentVersion) {

    static final String RUN = "";
}
