package io.flowmason.executor.internal.mapping;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One mapped field of a stage input, ready to run: where the value goes ({@code text},
 * {@code metadata.customer_id}) and what renders it. Nested targets create the objects on the way.
 */
final class TargetField {

    private final String field;
    private final String[] path;
    private final ValueTemplate value;
    /** Per parent on the path: true when that parent is itself mapped, so its object may be shared and is copied before writing. */
    private final boolean[] sharedParent;
    /**
     * Whether a template that renders to null (it read something absent) leaves the field out, as if
     * unmapped, because the field's schema does not take null; then defaults and required checks apply.
     */
    private final boolean nullMeansAbsent;

    TargetField(String field, String[] path, ValueTemplate value, boolean[] sharedParent, boolean nullMeansAbsent) {
        this.field = field;
        this.path = path;
        this.value = value;
        this.sharedParent = sharedParent;
        this.nullMeansAbsent = nullMeansAbsent;
    }

    int depth() {
        return path.length;
    }

    /** Renders the value and puts it into the stage input being built (which the caller owns). */
    void writeInto(Map<String, Object> input, Scope scope, String stageId) throws MappingException {
        Object rendered = value.render(scope);
        if (rendered == null && nullMeansAbsent) {
            return;
        }
        Map<String, Object> parent = input;
        for (int i = 0; i < path.length - 1; i++) {
            Object child = parent.get(path[i]);
            Map<String, Object> next;
            if (child == null) {
                next = new LinkedHashMap<>();
                parent.put(path[i], next);
            } else if (child instanceof Map<?, ?> map) {
                next = sharedParent[i] ? copy(map) : Schemas.asMap(map);
                if (next != child) {
                    parent.put(path[i], next);
                }
            } else {
                throw MappingException.notAnObject(stageId, String.join(".", Arrays.copyOf(path, i + 1)), child,
                        field);
            }
            parent = next;
        }
        parent.put(path[path.length - 1], rendered);
    }

    private static Map<String, Object> copy(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, member) -> copy.put(String.valueOf(key), member));
        return copy;
    }
}
