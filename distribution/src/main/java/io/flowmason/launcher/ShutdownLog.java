package io.flowmason.launcher;

import java.io.PrintStream;
import java.util.Map;

/**
 * Says on the log, from a shutdown hook, why the JVM is shutting down: the launcher's own exit
 * after a signal or a stop (it says so beforehand through {@link #expect}), else what the stack of
 * the thread running the shutdown shows: a signal the JVM handled itself (its "SIGHUP handler"
 * thread in {@code java.lang.Terminator}), a call to {@code System.exit} or {@code Runtime.exit}
 * (the calling class, method and line), or the last non-daemon thread ending. {@code Runtime.halt}
 * and an exit on {@code -XX:+ExitOnOutOfMemoryError} run no shutdown hook; the JVM prints its own
 * line for the latter ("Terminating due to java.lang.OutOfMemoryError: ...").
 */
final class ShutdownLog {

    private static final String ALREADY_SAID = "";

    private final PrintStream out;
    private volatile String expected;

    private ShutdownLog(PrintStream out) {
        this.out = out;
    }

    static ShutdownLog install(PrintStream out) {
        ShutdownLog log = new ShutdownLog(out);
        Runtime.getRuntime().addShutdownHook(new Thread(log::report, "flowmason-shutdown-log"));
        return log;
    }

    /** The launcher is about to exit for this reason; the first reason given stays. */
    void expect(String reason) {
        if (expected == null) {
            expected = reason;
        }
    }

    /** The launcher has said why it exits already (it could not start): no second line. */
    void alreadySaid() {
        expect(ALREADY_SAID);
    }

    private void report() {
        if (ALREADY_SAID.equals(expected)) {
            return;
        }
        String reason = expected != null ? expected : reason(Thread.getAllStackTraces());
        out.println("flowmason: the JVM is shutting down: " + reason);
        out.flush();
    }

    static String reason(Map<Thread, StackTraceElement[]> stacks) {
        for (Map.Entry<Thread, StackTraceElement[]> thread : stacks.entrySet()) {
            StackTraceElement[] stack = thread.getValue();
            for (int i = 0; i < stack.length; i++) {
                if (!"java.lang.Shutdown".equals(stack[i].getClassName())) {
                    continue;
                }
                if ("shutdown".equals(stack[i].getMethodName())) {
                    return "the last non-daemon thread ended";
                }
                if ("exit".equals(stack[i].getMethodName())) {
                    return exit(thread.getKey(), stack, i + 1);
                }
            }
        }
        return "no thread shows why (a signal or an exit the JVM did not report to Java code)";
    }

    /** Below {@code Shutdown.exit} on the stack: Runtime.exit, maybe System.exit, then the caller; or the JVM's signal handler. */
    private static String exit(Thread thread, StackTraceElement[] stack, int below) {
        String called = "Runtime.exit";
        int caller = below;
        while (caller < stack.length && (stack[caller].getClassName().equals("java.lang.Runtime")
                || stack[caller].getClassName().equals("java.lang.System"))) {
            called = stack[caller].getClassName().equals("java.lang.System") ? "System.exit" : called;
            caller++;
        }
        if (caller < stack.length && stack[caller].getClassName().startsWith("java.lang.Terminator")) {
            String signal = thread.getName().endsWith(" handler") ? thread.getName().substring(0, thread.getName().length() - 8)
                    : "a signal";
            return signal + " received (the JVM's own handling: no clean stop of the instance)";
        }
        if (caller >= stack.length) {
            return called + " called on thread " + thread.getName();
        }
        StackTraceElement frame = stack[caller];
        return called + " called by " + frame.getClassName() + "." + frame.getMethodName() + " (" + frame.getFileName() + ":"
                + frame.getLineNumber() + ") on thread " + thread.getName();
    }
}
