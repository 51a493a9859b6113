package io.flowmason.executor.internal.mapping;

import java.util.Map;

/**
 * The defaults and required fields of a component's input schema, applied to input that did not
 * come through a stage's mapping: what a component hands to another with
 * {@code ExecutionContext.invoke} gets its defaults exactly as a stage's input does.
 */
public final class InputDefaults {

    private final ObjectRules rules;

    private InputDefaults(ObjectRules rules) {
        this.rules = rules;
    }

    public static InputDefaults of(Map<String, Object> inputSchema) {
        return new InputDefaults(ObjectRules.of(inputSchema));
    }

    /**
     * {@code input} with every absent field that has a default filled in (a copy when anything is
     * filled in; {@code input} itself is never changed).
     *
     * @param label who the input is for, as the error names it
     * @throws MappingException when a required field is absent
     */
    public Map<String, Object> apply(Map<String, Object> input, String label) throws MappingException {
        return rules == null ? input : rules.apply(input, false, label, "", Map.of());
    }
}
