package io.flowmason.executor.internal.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonSizeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void countsWhatJacksonWrites() throws Exception {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("text", "plain, \"quoted\", back\\slash, tab\t, nul\u0000, é, 日本, emoji \uD83D\uDE00");
        tree.put("number", 42);
        tree.put("fraction", 2.5);
        tree.put("negative", -7L);
        tree.put("yes", true);
        tree.put("nothing", null);
        tree.put("list", Arrays.asList(1, "two", null, List.of(), Map.of()));
        tree.put("nested", Map.of("k\u00e9y", List.of(Map.of("a", "b"))));
        tree.put("empty", new LinkedHashMap<>());

        long written = JSON.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8).length;

        assertEquals(written, JsonSize.of(tree, Long.MAX_VALUE));
    }

    @Test
    void countsSharedTextEachTimeItAppearsWithoutCopyingIt() {
        String kilobyte = "x".repeat(1024);
        List<String> list = Collections.nCopies(200 * 1024, kilobyte);

        assertEquals(2 + (200L * 1024 - 1) + 200L * 1024 * (1024 + 2), JsonSize.of(list, Long.MAX_VALUE));
    }

    @Test
    void stopsPastTheCap() {
        List<Object> many = new ArrayList<>(Collections.nCopies(1_000_000, "0123456789"));
        // whole, it is 13 000 001 bytes
        long size = JsonSize.of(many, 1_000);

        assertTrue(size > 1_000, "over the cap: " + size);
        assertTrue(size < 12_000_000, "stopped before counting every item: " + size);
    }

    @Test
    void aLongStringIsCutShortPastTheCap() {
        String huge = "y".repeat(8 * 1024 * 1024);

        long size = JsonSize.of(Map.of("text", huge), 100_000);

        assertTrue(size > 100_000 && size < 8 * 1024 * 1024, "stopped within the string: " + size);
    }
}
