package io.flowmason.executor.internal.mapping;

/**
 * A template that cannot be parsed. The message says what is wrong and shows the right form,
 * such as {@code unknown root 'inputs' in {{inputs.text}}; ...}.
 */
public final class TemplateException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String template;

    public TemplateException(String template, String message) {
        super(message);
        this.template = template;
    }

    /** The whole text that was parsed. */
    public String template() {
        return template;
    }
}
