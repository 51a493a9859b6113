package io.flowmason.executor.internal.limits;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * What one run may hold: a stage's output and the run's result as JSON, and how much of a span's
 * input or output the trace keeps. The instance's settings set them ({@code FLOWMASON_MAX_STAGE_OUTPUT_BYTES},
 * {@code FLOWMASON_MAX_RESULT_BYTES}, {@code FLOWMASON_TRACE_VALUE_BYTES}); a value over a limit
 * fails its stage or run, never the instance.
 */
public final class RunLimits {

    public static final int DEFAULT_STAGE_OUTPUT_BYTES = 4 * 1024 * 1024;
    public static final int DEFAULT_RESULT_BYTES = 4 * 1024 * 1024;
    public static final int DEFAULT_TRACE_VALUE_BYTES = 64 * 1024;
    public static final int MAX_LOG_LINES = 1000;

    /** Sizes are counted exactly up to this multiple of a limit; beyond it a value is "more than" that. */
    private static final long MEASURED_MULTIPLE = 16;
    private static final ObjectMapper TREES = new ObjectMapper();

    private final long stageOutputBytes;
    private final long resultBytes;
    private final int traceValueBytes;

    public RunLimits(long stageOutputBytes, long resultBytes, int traceValueBytes) {
        this.stageOutputBytes = stageOutputBytes;
        this.resultBytes = resultBytes;
        this.traceValueBytes = traceValueBytes;
    }

    /** The limits of the framework properties the launcher sets, each with its default when absent. */
    public static RunLimits of(Function<String, String> properties) {
        return new RunLimits(number(properties, "flowmason.max.stage.output.bytes", DEFAULT_STAGE_OUTPUT_BYTES),
                number(properties, "flowmason.max.result.bytes", DEFAULT_RESULT_BYTES),
                (int) number(properties, "flowmason.trace.value.bytes", DEFAULT_TRACE_VALUE_BYTES));
    }

    public static RunLimits defaults() {
        return new RunLimits(DEFAULT_STAGE_OUTPUT_BYTES, DEFAULT_RESULT_BYTES, DEFAULT_TRACE_VALUE_BYTES);
    }

    /** Why {@code output} may not go on, or null when it is within the stage output limit. */
    public String stageOutputProblem(String label, Object output) {
        long size = JsonSize.of(output, stageOutputBytes * MEASURED_MULTIPLE);
        if (size <= stageOutputBytes) {
            return null;
        }
        return label + " answered " + seen(size, stageOutputBytes) + " of output as JSON, over the limit of " + stageOutputBytes
                + " bytes (FLOWMASON_MAX_STAGE_OUTPUT_BYTES). Have the component answer less (a summary, a page, or a"
                + " reference to the data instead of the data), or raise FLOWMASON_MAX_STAGE_OUTPUT_BYTES on the instance";
    }

    /**
     * Why one more nested output ({@code ExecutionContext.invoke}) may not go to the stage that
     * asked for it, or null. Each is held to the stage output limit on its own; together, the nested
     * outputs of one stage may come to 16 times that limit, so that a loop over many large outputs
     * fails its stage instead of filling the heap. {@code answeredSoFar} counts them for the stage.
     */
    public String nestedOutputProblem(String stageId, String label, Object output, AtomicLong answeredSoFar) {
        long cap = stageOutputBytes * MEASURED_MULTIPLE;
        long total = answeredSoFar.addAndGet(JsonSize.of(output, cap));
        if (total <= cap) {
            return null;
        }
        return "the calls stage " + stageId + " made to other components (the last to " + label + ") answered more than "
                + cap + " bytes of output together, 16 times FLOWMASON_MAX_STAGE_OUTPUT_BYTES. Call them on fewer or smaller"
                + " items, or raise FLOWMASON_MAX_STAGE_OUTPUT_BYTES on the instance";
    }

    /** Why {@code result} may not be the run's result, or null when it is within the result limit. */
    public String resultProblem(Object result) {
        long size = JsonSize.of(result, resultBytes * MEASURED_MULTIPLE);
        if (size <= resultBytes) {
            return null;
        }
        return "the run's result is " + seen(size, resultBytes) + " as JSON, over the limit of " + resultBytes
                + " bytes (FLOWMASON_MAX_RESULT_BYTES). Map less into the pipeline's output, or raise"
                + " FLOWMASON_MAX_RESULT_BYTES on the instance";
    }

    /**
     * What the trace keeps of a span's input or output: the value itself when small enough, else
     * {@code {"truncated": true, "size_bytes": N, "preview": "<the first bytes of its JSON>"}}, with
     * {@code size_bytes} null for a value too large to have been counted to its end.
     */
    public Object traced(Object value) {
        if (value == null) {
            return null;
        }
        // Values in a run are already held to the output limits, so they are counted as far as those reach.
        long cap = Math.max(stageOutputBytes, resultBytes) * MEASURED_MULTIPLE;
        long size = JsonSize.of(value, cap);
        if (size <= traceValueBytes) {
            return value;
        }
        Map<String, Object> preview = new LinkedHashMap<>();
        preview.put("truncated", true);
        preview.put("size_bytes", size > cap ? null : size);
        preview.put("preview", previewText(value, Math.max(64, traceValueBytes / 4)));
        return preview;
    }

    /** A log line as the trace keeps it: cut to the trace value limit. */
    public String logLine(String message) {
        if (message == null || message.length() <= traceValueBytes) {
            return message;
        }
        return message.substring(0, traceValueBytes) + "... (" + message.length() + " characters, cut to " + traceValueBytes
                + " by FLOWMASON_TRACE_VALUE_BYTES)";
    }

    private static String seen(long size, long limit) {
        return size > limit * MEASURED_MULTIPLE ? "more than " + limit * MEASURED_MULTIPLE + " bytes" : size + " bytes";
    }

    /** The first {@code chars} characters of the value's JSON text, written no further than that. */
    private static String previewText(Object value, int chars) {
        BoundedWriter text = new BoundedWriter(chars);
        try {
            TREES.writeValue(text, value);
        } catch (IOException e) {
            // the writer refuses anything past the preview's length; what it took is the preview
        }
        return text.toString();
    }

    private static long number(Function<String, String> properties, String name, long defaultValue) {
        String value = properties.apply(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "=" + value + " is not a number of bytes", e);
        }
    }

    /** Keeps the first characters written to it and refuses the rest, which ends the writing. */
    private static final class BoundedWriter extends Writer {
        private final StringBuilder kept;
        private final int capacity;

        BoundedWriter(int capacity) {
            this.capacity = capacity;
            this.kept = new StringBuilder(Math.min(capacity, 4096));
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            int room = capacity - kept.length();
            kept.append(buffer, offset, Math.min(room, length));
            if (length > room) {
                throw new IOException("preview complete");
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return kept.toString();
        }
    }
}
