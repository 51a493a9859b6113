package io.flowmason.core.expression;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPathException;
import io.burt.jmespath.jackson.JacksonRuntime;
import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;

/**
 * One JMESPath or JSONata expression, compiled once, applied to JSON values held as plain Java
 * trees (maps, lists, strings, numbers, booleans, null). Answers are Jackson nodes, read back with
 * {@link #toPlain} or tested with {@link #isTruthy}. Its errors speak in the caller's words: the
 * {@code noun} the stage calls the expression ({@code expression}, {@code condition}) and what the
 * data is ({@code the data has}, {@code the items have}).
 */
public final class Evaluator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JacksonRuntime JMESPATH = new JacksonRuntime();
    /** JSONata can loop: an evaluation gets this long and this deep before it is stopped. */
    private static final long JSONATA_TIMEOUT_MILLIS = 10_000;
    private static final int JSONATA_MAX_DEPTH = 500;

    private final Language language;
    private final String expression;
    private final String noun;
    private final String subject;
    private final Expression<JsonNode> jmespath;
    private final Jsonata jsonata;

    private Evaluator(Language language, String expression, String noun, String subject, Expression<JsonNode> jmespath,
            Jsonata jsonata) {
        this.language = language;
        this.expression = expression;
        this.noun = noun;
        this.subject = subject;
        this.jmespath = jmespath;
        this.jsonata = jsonata;
    }

    /**
     * Compiles {@code expression} ({@code null} language means JMESPath); an empty expression or a
     * syntax error is a CONFIGURATION failure naming the language.
     *
     * @param noun    what the stage calls the expression, such as {@code condition}
     * @param subject what the data is, with its verb, such as {@code the items have}
     */
    public static Evaluator compile(Language language, String expression, String noun, String subject)
            throws ComponentException {
        Language lang = language == null ? Language.jmespath : language;
        if (expression == null || expression.isBlank()) {
            throw new ComponentException(ErrorType.CONFIGURATION,
                    noun + " is empty: give a " + name(lang) + " " + noun + " in the stage's configuration", false);
        }
        try {
            return lang == Language.jsonata
                    ? new Evaluator(lang, expression, noun, subject, null, Jsonata.jsonata(expression))
                    : new Evaluator(lang, expression, noun, subject, JMESPATH.compile(expression), null);
        } catch (JmesPathException | JException e) {
            throw new ComponentException(ErrorType.CONFIGURATION, noun + " `" + expression + "` is not valid "
                    + name(lang) + ": " + e.getMessage() + "; fix the " + noun + " in the stage's configuration", false, e);
        }
    }

    /**
     * Applies the expression to {@code data}; an error raised by the data is an INVALID_INPUT failure
     * naming {@code what} (such as {@code item 3} or {@code the data}).
     */
    public JsonNode apply(Object data, String what) throws ComponentException {
        try {
            if (jmespath != null) {
                return jmespath.search(JSON.valueToTree(data));
            }
            Jsonata.Frame frame = jsonata.createFrame();
            frame.setRuntimeBounds(JSONATA_TIMEOUT_MILLIS, JSONATA_MAX_DEPTH);
            Object result = jsonata.evaluate(toPlain(JSON.valueToTree(data)), frame);
            return result == Jsonata.NULL_VALUE ? JSON.nullNode() : JSON.valueToTree(result);
        } catch (JmesPathException | JException | IllegalArgumentException e) {
            throw new ComponentException(ErrorType.INVALID_INPUT, name(language) + " " + noun + " `" + expression
                    + "` failed on " + what + ": " + e.getMessage() + "; check that " + subject + " the shape the " + noun
                    + " expects", false, e);
        }
    }

    /** JMESPath truthiness: false, null, "", [] and {} are false, everything else (0 too) is true. */
    public static boolean isTruthy(JsonNode value) {
        return value != null && !value.isMissingNode() && JMESPATH.isTruthy(value);
    }

    /** A node as a plain Java tree; a missing answer (JSONata's undefined) is null. */
    public static Object toPlain(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return null;
        }
        try {
            return JSON.treeToValue(node, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always converts to plain values", e);
        }
    }

    private static String name(Language language) {
        return language == Language.jsonata ? "JSONata" : "JMESPath";
    }
}
