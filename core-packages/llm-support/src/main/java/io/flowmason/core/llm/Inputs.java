package io.flowmason.core.llm;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import java.util.List;

/** Checks of a node's input that its JSON Schema cannot express. */
public final class Inputs {

    private Inputs() {
    }

    /**
     * Fails with a non-retryable {@link ErrorType#INVALID_INPUT} when {@code value} is empty or
     * only whitespace: {@code <type> needs a non-empty <field>}.
     */
    public static void requireText(String value, String type, String field) throws ComponentException {
        if (value == null || value.isBlank()) {
            throw new ComponentException(ErrorType.INVALID_INPUT, type + " needs a non-empty " + field, false);
        }
    }

    /**
     * Fails with a non-retryable {@link ErrorType#INVALID_INPUT} when {@code values} is empty or
     * holds a null: {@code <type> needs at least one <item> in <field>}.
     */
    public static void requireItems(List<String> values, String type, String field, String item)
            throws ComponentException {
        if (values == null || values.isEmpty()) {
            throw new ComponentException(ErrorType.INVALID_INPUT,
                    type + " needs at least one " + item + " in " + field + "; it is empty", false);
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new ComponentException(ErrorType.INVALID_INPUT,
                        type + ": " + field + "[" + i + "] is null; every " + item + " must be a string", false);
            }
        }
    }
}
