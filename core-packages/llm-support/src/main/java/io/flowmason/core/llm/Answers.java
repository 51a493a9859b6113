package io.flowmason.core.llm;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import io.flowmason.api.provider.CompletionResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Turns a model's answer into a node's output without waiting for it. */
public final class Answers {

    /** How much of an unreadable answer an error quotes. */
    static final int QUOTED_CHARS = 200;

    /** Reads a node's output from the text a model answered. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(String answer) throws ComponentException;
    }

    private Answers() {
    }

    /**
     * Completes with what {@code reader} makes of the answer, or fails with the
     * {@link ComponentException} it throws, once the answer arrives.
     */
    public static <T> CompletionStage<T> read(CompletionStage<CompletionResponse> answer, Reader<T> reader) {
        return answer.thenCompose(response -> {
            try {
                return CompletableFuture.completedFuture(reader.read(response.content()));
            } catch (ComponentException e) {
                return CompletableFuture.failedFuture(e);
            }
        });
    }

    /**
     * A retryable {@link ErrorType#PROVIDER} failure for an answer that does not have the shape the
     * node asked for: {@code <type>: the model's answer could not be read as <shape>: <answer>},
     * quoting the first 200 characters of the answer.
     */
    public static ComponentException unreadable(String type, String shape, String answer) {
        String quoted = answer.length() > QUOTED_CHARS ? answer.substring(0, QUOTED_CHARS) : answer;
        return new ComponentException(ErrorType.PROVIDER,
                type + ": the model's answer could not be read as " + shape + ": " + quoted, true);
    }
}
