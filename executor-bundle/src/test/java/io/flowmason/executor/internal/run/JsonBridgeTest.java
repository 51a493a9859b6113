package io.flowmason.executor.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonBridgeTest {

    record Counts(String name, Map<String, Integer> wordCounts) {
    }

    record Rows(List<Counts> rows) {
    }

    @Test
    void anOutputThatBreaksItsRecordIsDescribedByTheFieldsPointer() {
        Map<String, Integer> counts = new HashMap<>();
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<String, Object> raw = (Map) counts;
        raw.put("hello", "three");

        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> new JsonBridge().toTree(new Rows(List.of(new Counts("a", Map.of()), new Counts("b", counts)))));

        assertEquals("/rows/1/word_counts/hello: a value of the wrong type: class java.lang.String cannot be cast to class"
                + " java.lang.Integer", JsonBridge.describe(failure));
    }
}
