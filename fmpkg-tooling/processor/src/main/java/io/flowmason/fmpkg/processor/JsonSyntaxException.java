package io.flowmason.fmpkg.processor;

/** A text that is not one valid JSON value; the message says what is wrong and where. */
final class JsonSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    JsonSyntaxException(String message) {
        super(message);
    }
}
