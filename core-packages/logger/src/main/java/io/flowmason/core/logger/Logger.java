package io.flowmason.core.logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.DefaultValue;
import io.flowmason.api.component.Description;
import io.flowmason.api.component.ErrorType;
import io.flowmason.api.component.ExecutionContext;
import io.flowmason.api.component.Operator;
import io.flowmason.api.component.OperatorComponent;
import io.flowmason.api.component.Required;
import io.flowmason.api.component.StageLog;
import org.osgi.service.component.annotations.Component;

/**
 * Writes a message into the run's trace for its stage at the level asked for; when {@code data}
 * is given it follows the message as compact JSON text.
 */
@Operator(type = "logger", category = "core", description = "Writes a message, and optionally data, into the run trace")
@Component
public final class Logger implements OperatorComponent<Logger.Input, Logger.Output> {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The levels of a {@link StageLog}; lowercase because the constants are the JSON values. */
    public enum Level {
        debug, info, warn, error
    }

    public record Input(
            @Required @Description("The text to log") String message,
            @Description("How severe the entry is") @DefaultValue("\"info\"") Level level,
            @Description("Any JSON value logged after the message as compact JSON") Object data) {
    }

    public record Output(@Description("Always true once the entry is written") boolean logged) {
    }

    @Override
    public Output execute(Input input, ExecutionContext context) throws ComponentException {
        if (input.message() == null) {
            throw new ComponentException(ErrorType.INVALID_INPUT,
                    "message is missing: map a string to the logger's message input", false);
        }
        String entry = input.data() == null ? input.message() : input.message() + " " + compact(input.data());
        StageLog log = context.log();
        switch (input.level() == null ? Level.info : input.level()) {
            case debug -> log.debug(entry);
            case warn -> log.warn(entry);
            case error -> log.error(entry);
            default -> log.info(entry);
        }
        return new Output(true);
    }

    private static String compact(Object data) throws ComponentException {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new ComponentException(ErrorType.INVALID_INPUT,
                    "data cannot be written as JSON (" + e.getOriginalMessage() + "); pass plain JSON values", false, e);
        }
    }
}
