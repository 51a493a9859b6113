package io.flowmason.executor.internal.mapping;

import java.util.List;
import java.util.Map;

/**
 * One {@code {{ ... }}} of a template, parsed: a root ({@code input}, {@code upstream}, {@code env},
 * {@code context} or a root the caller allowed) and the path read from it. For {@code upstream}
 * the first segment is the stage id; for {@code env} and {@code context} the only segment is the
 * name.
 */
public final class Reference {

    /** One step of a path: {@code .name} (index is -1) or {@code [index]} (name is null). */
    public record Segment(String name, int index) {

        static Segment field(String name) {
            return new Segment(name, -1);
        }

        static Segment position(int index) {
            return new Segment(null, index);
        }

        public boolean isIndex() {
            return name == null;
        }

        @Override
        public String toString() {
            return name == null ? "[" + index + "]" : "." + name;
        }
    }

    /** How the root is read; {@code EXTRA} is any root the caller allowed. */
    enum Kind { INPUT, UPSTREAM, ENV, CONTEXT, EXTRA }

    private final String root;
    private final Kind kind;
    private final Segment[] segments;
    private final String expression;

    Reference(String root, Kind kind, List<Segment> segments, String expression) {
        this.root = root;
        this.kind = kind;
        this.segments = segments.toArray(new Segment[0]);
        this.expression = expression;
    }

    public String root() {
        return root;
    }

    Kind kind() {
        return kind;
    }

    /** Every segment after the root, the stage id or variable name included. */
    public List<Segment> segments() {
        return List.of(segments);
    }

    /** The segments read inside the value the root gives: after the stage id for upstream, none for env and context. */
    public List<Segment> path() {
        return switch (kind) {
            case UPSTREAM -> List.of(segments).subList(1, segments.length);
            case ENV, CONTEXT -> List.of();
            default -> List.of(segments);
        };
    }

    /** The stage an {@code upstream} reference reads, else null. */
    public String stageId() {
        return kind == Kind.UPSTREAM ? segments[0].name() : null;
    }

    /** The variable of an {@code env} reference or the key of a {@code context} one, else null. */
    public String name() {
        return kind == Kind.ENV || kind == Kind.CONTEXT ? segments[0].name() : null;
    }

    /** As written between the braces, without spaces: {@code input.items[0].name}. */
    public String expression() {
        return expression;
    }

    /** The value this reference reads, or null when any step of its path is missing. Allocates nothing. */
    Object resolve(Scope scope) {
        Object value;
        int first = 0;
        switch (kind) {
            case INPUT -> value = scope.input();
            case UPSTREAM -> {
                value = scope.upstream(segments[0].name());
                first = 1;
            }
            case ENV -> {
                return scope.env(segments[0].name());
            }
            case CONTEXT -> {
                return scope.context(segments[0].name());
            }
            default -> value = scope.extra(root);
        }
        for (int i = first; i < segments.length && value != null; i++) {
            Segment segment = segments[i];
            if (segment.name() != null) {
                value = value instanceof Map<?, ?> map ? map.get(segment.name()) : null;
            } else {
                value = value instanceof List<?> list && segment.index() < list.size() ? list.get(segment.index()) : null;
            }
        }
        return value;
    }

    @Override
    public String toString() {
        return "{{" + expression + "}}";
    }
}
