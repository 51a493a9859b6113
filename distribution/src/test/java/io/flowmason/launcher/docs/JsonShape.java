package io.flowmason.launcher.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compares a JSON value shown in the docs with the real one. The docs may leave things out, so:
 * <ul>
 * <li>an object needs every field the docs show (and may have more); {@code {}} means "an object";</li>
 * <li>an array needs, for every element the docs show, some element that matches it; {@code []} means "an array";</li>
 * <li>a string must be equal, except that {@code ...} in it stands for any text, and {@code "..."} alone
 * for any value at all;</li>
 * <li>a number stands for any number (counts, durations and costs vary); booleans and null must be equal.</li>
 * </ul>
 */
public final class JsonShape {

    static final String ANYTHING = "...";

    private JsonShape() {
    }

    /** Every way {@code actual} differs from what the docs show, each naming where; empty when it matches. */
    public static List<String> differences(JsonNode documented, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        compare(documented, actual, "$", differences);
        return differences;
    }

    /** Whether {@code actual} is text the documented text describes, {@code ...} matching any run of characters. */
    public static boolean textMatches(String documented, String actual) {
        if (!documented.contains(ANYTHING)) {
            return documented.equals(actual);
        }
        StringBuilder regex = new StringBuilder();
        for (String part : documented.split(Pattern.quote(ANYTHING), -1)) {
            if (regex.length() > 0) {
                regex.append("[\\s\\S]*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString()).matcher(actual).matches();
    }

    private static void compare(JsonNode documented, JsonNode actual, String path, List<String> differences) {
        if (documented.isTextual() && ANYTHING.equals(documented.asText())) {
            return;
        }
        if (actual == null || actual.isMissingNode()) {
            differences.add(path + " is missing");
        } else if (documented.isObject()) {
            if (!actual.isObject()) {
                differences.add(path + " should be an object, is " + shown(actual));
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = documented.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                compare(field.getValue(), actual.get(field.getKey()), path + "." + field.getKey(), differences);
            }
        } else if (documented.isArray()) {
            compareArray(documented, actual, path, differences);
        } else if (documented.isTextual()) {
            if (!actual.isTextual() || !textMatches(documented.asText(), actual.asText())) {
                differences.add(path + " should be " + shown(documented) + ", is " + shown(actual));
            }
        } else if (documented.isNumber()) {
            if (!actual.isNumber()) {
                differences.add(path + " should be a number, is " + shown(actual));
            }
        } else if (!documented.equals(actual)) {
            differences.add(path + " should be " + shown(documented) + ", is " + shown(actual));
        }
    }

    private static void compareArray(JsonNode documented, JsonNode actual, String path, List<String> differences) {
        if (!actual.isArray()) {
            differences.add(path + " should be an array, is " + shown(actual));
            return;
        }
        for (int i = 0; i < documented.size(); i++) {
            List<String> closest = null;
            for (JsonNode candidate : actual) {
                List<String> found = new ArrayList<>();
                compare(documented.get(i), candidate, path + "[?]", found);
                if (closest == null || found.size() < closest.size()) {
                    closest = found;
                }
            }
            if (closest == null) {
                differences.add(path + " is empty, but the docs show " + shown(documented.get(i)));
            } else if (!closest.isEmpty()) {
                differences.add(path + " has no element like the docs' " + shown(documented.get(i)) + "; the closest differs: "
                        + String.join("; ", closest));
            }
        }
    }

    private static String shown(JsonNode value) {
        String text = value.toString();
        return text.length() > 160 ? text.substring(0, 157) + "..." : text;
    }
}
