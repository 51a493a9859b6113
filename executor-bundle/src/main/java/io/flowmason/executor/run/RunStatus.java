package io.flowmason.executor.run;

import java.util.Locale;

/** Where a run or a stage stands. */
public enum RunStatus {
    QUEUED, RUNNING, COMPLETED, FAILED, SKIPPED;

    /** As written in JSON: {@code completed}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
