package io.flowmason.executor.internal.run;

import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.OperatorComponent;
import io.flowmason.executor.internal.registry.DeployedComponent;
import java.util.concurrent.CompletableFuture;

/**
 * One call of a synchronous operator on a stage thread. When its timeout fires first, the thread
 * is interrupted and, while the operator keeps it, counted as abandoned. An operator still keeping
 * it a grace period later ignores interrupts: that counts against its version (and may quarantine it).
 */
final class OperatorTask implements Runnable {

    private final OperatorComponent<Record, Record> operator;
    private final Record input;
    private final ExecutionContext context;
    private final CompletableFuture<Record> done;
    private final StageThreads threads;
    private final DeployedComponent component;
    private Thread runner;
    private boolean abandoned;
    private Runnable onReturnAfterGrace;

    @SuppressWarnings("unchecked")
    OperatorTask(Object operator, Record input, ExecutionContext context, CompletableFuture<Record> done, StageThreads threads,
            DeployedComponent component) {
        this.operator = (OperatorComponent<Record, Record>) operator;
        this.component = component;
        this.input = input;
        this.context = context;
        this.done = done;
        this.threads = threads;
    }

    @Override
    public void run() {
        if (done.isDone()) {
            return;
        }
        synchronized (this) {
            runner = Thread.currentThread();
        }
        Record output = null;
        Throwable failure = null;
        try {
            output = operator.execute(input, context);
        } catch (Throwable t) {
            failure = t;
        } finally {
            synchronized (this) {
                runner = null;
                Thread.interrupted();
                if (abandoned) {
                    threads.recovered();
                }
                if (onReturnAfterGrace != null) {
                    onReturnAfterGrace.run();
                }
            }
        }
        if (failure != null) {
            done.completeExceptionally(failure);
        } else {
            done.complete(output);
        }
    }

    /** The timeout fired: interrupt the operator if it is still running, and count its thread as abandoned. */
    synchronized void timedOut(String what) {
        if (runner != null) {
            runner.interrupt();
            abandoned = true;
            threads.abandoned(what);
            threads.afterGrace(this::stillKept);
        }
    }

    /** The grace period after the interrupt is over: an operator still running ignores interrupts. */
    private synchronized void stillKept() {
        if (runner != null) {
            onReturnAfterGrace = threads.keptPastGrace(component, runner);
        }
    }
}
