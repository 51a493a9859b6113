package io.flowmason.executor.internal.mapping;

/**
 * A template that cannot be parsed. {@link #problem()} says what is wrong, {@link #hint()} shows
 * the right form; the message is both: {@code unknown root 'inputs' in {{inputs.text}}; did you
 * mean input? ...}.
 */
public final class TemplateException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String template;
    private final String problem;
    private final String hint;

    TemplateException(String template, String problem, String hint) {
        super(problem + "; " + hint);
        this.template = template;
        this.problem = problem;
        this.hint = hint;
    }

    /** The whole text that was parsed. */
    public String template() {
        return template;
    }

    /** What is wrong: {@code unknown root 'inputs' in {{inputs.text}}}. */
    public String problem() {
        return problem;
    }

    /** How to write it instead: {@code did you mean input? a template starts with ...}. */
    public String hint() {
        return hint;
    }
}
