package io.flowmason.executor.internal.run;

import io.flowmason.executor.run.StageSpan;

/** How one stage ended: its span, and its output when it completed. */
record StageOutcome(StageSpan span, Object output) {

    boolean completed() {
        return span.error() == null;
    }
}
