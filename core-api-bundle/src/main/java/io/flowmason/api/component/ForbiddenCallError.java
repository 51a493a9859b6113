package io.flowmason.api.component;

/**
 * Thrown where a package's code calls {@code System.exit}, {@code Runtime.exit} or
 * {@code Runtime.halt}: the instance rewrites those calls in every class of a package as it loads
 * them, so the call fails the stage (run error {@code forbidden_call}) instead of ending the
 * instance. An {@link Error}, so that a component's {@code catch (Exception e)} does not swallow
 * it. Packages do not call the static methods below themselves; the rewritten calls do.
 */
public final class ForbiddenCallError extends Error {

    private static final long serialVersionUID = 1L;

    private final String caller;
    private final String call;

    /**
     * @param caller the calling class and method, such as {@code com.acme.Quitter.execute}
     * @param call   what it called, with its argument, such as {@code System.exit(1)}
     */
    public ForbiddenCallError(String caller, String call) {
        super(caller + " called " + call + ": a package may not end the instance");
        this.caller = caller;
        this.call = call;
    }

    public String caller() {
        return caller;
    }

    public String call() {
        return call;
    }

    /** Stands in for {@code System.exit(status)} in a package's class. */
    public static void systemExit(int status, String caller) {
        throw new ForbiddenCallError(caller, "System.exit(" + status + ")");
    }

    /** Stands in for {@code runtime.exit(status)} in a package's class. */
    public static void runtimeExit(Runtime runtime, int status, String caller) {
        throw new ForbiddenCallError(caller, "Runtime.exit(" + status + ")");
    }

    /** Stands in for {@code runtime.halt(status)} in a package's class. */
    public static void runtimeHalt(Runtime runtime, int status, String caller) {
        throw new ForbiddenCallError(caller, "Runtime.halt(" + status + ")");
    }
}
