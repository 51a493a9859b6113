package io.flowmason.core.llm.testing;

import io.flowmason.api.component.ComponentException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/** What a node's stage completed with, for assertions; never waits (the test doubles answer at once). */
public final class Outcomes {

    private Outcomes() {
    }

    /** The output the stage completed with; fails the test when it is not complete or failed. */
    public static <T> T value(CompletionStage<T> stage) {
        var future = stage.toCompletableFuture();
        if (!future.isDone()) {
            throw new AssertionError("the stage has not completed");
        }
        return future.join();
    }

    /** The {@link ComponentException} the stage failed with; fails the test otherwise. */
    public static ComponentException failure(CompletionStage<?> stage) {
        var future = stage.toCompletableFuture();
        if (!future.isCompletedExceptionally()) {
            throw new AssertionError("the stage did not fail" + (future.isDone() ? ": " + future.join() : ""));
        }
        try {
            future.join();
            throw new AssertionError("unreachable");
        } catch (CompletionException e) {
            if (e.getCause() instanceof ComponentException failure) {
                return failure;
            }
            throw new AssertionError("the stage failed with something other than a ComponentException", e.getCause());
        }
    }
}
