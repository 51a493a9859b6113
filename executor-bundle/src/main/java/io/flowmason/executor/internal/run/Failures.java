package io.flowmason.executor.internal.run;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import io.flowmason.api.component.ForbiddenCallError;
import io.flowmason.executor.run.RunError;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns whatever a stage failed with into what a run reports. */
final class Failures {

    /** Codes of limits and refusals the platform enforces, kept when a component wraps the failure in its own. */
    private static final Set<String> ENFORCED = Set.of("output_too_large", "component_quarantined", "component_disabled");

    private Failures() {
    }

    /** A failure the platform raises itself, already phrased for the caller. */
    static final class StageFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final boolean retryable;

        StageFailure(String code, String message, boolean retryable) {
            super(message, null, false, false);
            this.code = code;
            this.retryable = retryable;
        }

        String code() {
            return code;
        }
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    static boolean retryable(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof StageFailure stage) {
            return stage.retryable;
        }
        return cause instanceof ComponentException component && component.retryable();
    }

    static RunError toError(String stageId, String type, Throwable failure) {
        Throwable cause = unwrap(failure);
        Throwable enforced = enforcedBehind(cause);
        if (enforced instanceof ForbiddenCallError forbidden) {
            return new RunError(stageId, "forbidden_call", "stage " + stageId + " (" + type + "): " + forbidden.getMessage());
        }
        if (cause instanceof StageFailure stage) {
            return new RunError(stageId, stage.code(), "stage " + stageId + ": " + stage.getMessage());
        }
        if (cause instanceof ComponentException component) {
            String code = enforced instanceof StageFailure limit ? limit.code()
                    : component.type() == ErrorType.TIMEOUT ? "timeout" : "component_error";
            return new RunError(stageId, code, "stage " + stageId + " (" + type + ") failed: " + component.getMessage());
        }
        return new RunError(stageId, "component_error", "stage " + stageId + " (" + type + ") threw "
                + cause.getClass().getName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    }

    /**
     * What the platform enforced behind a failure, or null: a woven {@code System.exit} or
     * {@code Runtime.exit/halt} ({@link ForbiddenCallError}), or a limit or refusal of
     * {@link #ENFORCED}. Found also under a component's own exception, so that a loop that wraps the
     * failure of one of its items still fails with the platform's code, and callers can tell it
     * from a component's fault.
     */
    private static Throwable enforcedBehind(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ForbiddenCallError || cause instanceof StageFailure stage && ENFORCED.contains(stage.code())) {
                return cause;
            }
        }
        return null;
    }

    static ComponentException asComponentException(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ComponentException component) {
            return component;
        }
        if (cause instanceof StageFailure stage) {
            ErrorType type = switch (stage.code()) {
                case "invalid_input" -> ErrorType.INVALID_INPUT;
                case "component_unavailable", "component_quarantined", "component_disabled" -> ErrorType.CONFIGURATION;
                case "timeout" -> ErrorType.TIMEOUT;
                default -> ErrorType.EXECUTION;
            };
            return new ComponentException(type, stage.getMessage(), stage.retryable, stage);
        }
        return new ComponentException(ErrorType.EXECUTION, String.valueOf(cause.getMessage()), false, cause);
    }
}
