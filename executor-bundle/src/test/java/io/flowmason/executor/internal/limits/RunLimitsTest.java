package io.flowmason.executor.internal.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RunLimitsTest {

    private final RunLimits limits = new RunLimits(10_000, 20_000, 1_000);

    @Test
    void anOutputWithinTheLimitPasses() {
        assertNull(limits.stageOutputProblem("blob 1.0.0", Map.of("text", "x".repeat(9_000))));
    }

    @Test
    void anOutputOverTheLimitNamesItsSizeTheLimitAndTheSetting() {
        String problem = limits.stageOutputProblem("blob 1.0.0", Map.of("text", "x".repeat(50_000)));

        assertTrue(problem.startsWith("blob 1.0.0 answered 50011 bytes of output as JSON, over the limit of 10000 bytes"), problem);
        assertTrue(problem.contains("FLOWMASON_MAX_STAGE_OUTPUT_BYTES"), problem);
    }

    @Test
    void aHugeOutputIsReportedAsMoreThanWhatWasCounted() {
        String problem = limits.stageOutputProblem("blob 1.0.0", Map.of("text", "x".repeat(1_000_000)));

        assertTrue(problem.contains("answered more than 160000 bytes"), problem);
    }

    @Test
    void theResultHasItsOwnLimit() {
        assertNull(limits.resultProblem(Map.of("text", "x".repeat(15_000))));
        String problem = limits.resultProblem(List.of("x".repeat(30_000)));
        assertTrue(problem.startsWith("the run's result is 30004 bytes as JSON, over the limit of 20000 bytes"), problem);
        assertTrue(problem.contains("FLOWMASON_MAX_RESULT_BYTES"), problem);
    }

    @Test
    void nestedOutputsOfOneStageAddUpToSixteenTimesTheStageLimit() {
        AtomicLong answered = new AtomicLong();
        Map<String, Object> nineKilobytes = Map.of("text", "x".repeat(9_000));
        for (int i = 0; i < 17; i++) {
            assertNull(limits.nestedOutputProblem("loop", "blob 1.0.0", nineKilobytes, answered), "call " + i);
        }

        String problem = limits.nestedOutputProblem("loop", "blob 1.0.0", nineKilobytes, answered);

        assertTrue(problem.startsWith("the calls stage loop made to other components (the last to blob 1.0.0) answered more than"
                + " 160000 bytes"), problem);
    }

    @Test
    void theTraceKeepsSmallValuesAsTheyAre() {
        Map<String, Object> small = Map.of("text", "short");
        assertSame(small, limits.traced(small));
        assertNull(limits.traced(null));
    }

    @Test
    void theTraceKeepsAPreviewOfALargeValueWithItsSize() {
        Object traced = limits.traced(Map.of("text", "abc".repeat(1_000)));

        Map<?, ?> preview = (Map<?, ?>) traced;
        assertEquals(true, preview.get("truncated"));
        assertEquals(3011L, preview.get("size_bytes"));
        String text = (String) preview.get("preview");
        assertEquals(250, text.length());
        assertTrue(text.startsWith("{\"text\":\"abcabc"), text);
    }

    @Test
    void theTraceDoesNotMeasureAHugeValueToTheEnd() {
        Object traced = limits.traced(Collections.nCopies(1_000_000, "0123456789"));

        Map<?, ?> preview = (Map<?, ?>) traced;
        assertNull(preview.get("size_bytes"), "too large to have been counted: more than 16 times the largest output limit");
        assertEquals(250, ((String) preview.get("preview")).length());
    }

    @Test
    void longLogLinesAreCut() {
        String line = limits.logLine("z".repeat(5_000));

        assertTrue(line.startsWith("z".repeat(1_000) + "... (5000 characters"), line.substring(990, 1030));
        assertEquals("short", limits.logLine("short"));
    }

    @Test
    void propertiesSetTheLimitsAndAbsentOnesTakeTheDefaults() {
        RunLimits fromProperties = RunLimits.of(Map.of("flowmason.max.stage.output.bytes", "2048")::get);

        assertTrue(fromProperties.stageOutputProblem("x 1", Map.of("t", "y".repeat(3_000))) != null);
        assertNull(fromProperties.resultProblem(Map.of("t", "y".repeat(3_000_000))));
        assertThrows(IllegalArgumentException.class, () -> RunLimits.of(Map.of("flowmason.max.result.bytes", "lots")::get));
    }
}
