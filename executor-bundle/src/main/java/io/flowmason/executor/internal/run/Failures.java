package io.flowmason.executor.internal.run;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import io.flowmason.executor.run.RunError;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns whatever a stage failed with into what a run reports. */
final class Failures {

    private static final java.util.Set<String> REFUSALS = java.util.Set.of("component_quarantined", "component_disabled");

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
        if (cause instanceof StageFailure stage) {
            return new RunError(stageId, stage.code(), "stage " + stageId + ": " + stage.getMessage());
        }
        if (cause instanceof ComponentException component) {
            String code = component.type() == ErrorType.TIMEOUT ? "timeout" : refusalBehind(component);
            return new RunError(stageId, code, "stage " + stageId + " (" + type + ") failed: " + component.getMessage());
        }
        return new RunError(stageId, "component_error", "stage " + stageId + " (" + type + ") threw "
                + cause.getClass().getName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    }

    /**
     * {@code component_quarantined} or {@code component_disabled} when a component failed because a
     * component it invoked may not run (the refusal is somewhere in its causes), else {@code component_error}.
     */
    private static String refusalBehind(ComponentException failure) {
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof StageFailure stage && REFUSALS.contains(stage.code())) {
                return stage.code();
            }
        }
        return "component_error";
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
