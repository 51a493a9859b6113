package io.flowmason.executor.internal.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Any JSON value compiled for rendering: a template string, an object or array holding template
 * strings at any depth, or a static value. Parts without templates are frozen (made unmodifiable)
 * once, at compile time, and every render hands them out as they are; only the objects and arrays
 * that contain templates are built afresh. Used for stage input mappings and a pipeline's output.
 */
public final class ValueTemplate {

    private interface Node {
        Object render(Scope scope);
    }

    private record Constant(Object value) implements Node {
        @Override
        public Object render(Scope scope) {
            return value;
        }
    }

    private record Text(Template template) implements Node {
        @Override
        public Object render(Scope scope) {
            return template.render(scope);
        }
    }

    private record ObjectNode(String[] keys, Node[] values) implements Node {
        @Override
        public Object render(Scope scope) {
            Map<String, Object> object = new LinkedHashMap<>(keys.length * 4 / 3 + 1);
            for (int i = 0; i < keys.length; i++) {
                object.put(keys[i], values[i].render(scope));
            }
            return object;
        }
    }

    private record ArrayNode(Node[] items) implements Node {
        @Override
        public Object render(Scope scope) {
            List<Object> array = new ArrayList<>(items.length);
            for (Node item : items) {
                array.add(item.render(scope));
            }
            return array;
        }
    }

    private final Node root;
    private final List<Reference> references;

    private ValueTemplate(Node root, List<Reference> references) {
        this.root = root;
        this.references = List.copyOf(references);
    }

    /** @throws TemplateException for the first invalid template in the value */
    public static ValueTemplate compile(Object value, Set<String> extraRoots) throws TemplateException {
        Map<String, TemplateException> errors = new LinkedHashMap<>();
        ValueTemplate compiled = compile(value, extraRoots, errors);
        if (compiled == null) {
            throw errors.values().iterator().next();
        }
        return compiled;
    }

    /**
     * Compiles the value, putting every invalid template into {@code errors} by where it sits in
     * the value: {@code ""} for the value itself, {@code headers.Authorization}, {@code messages[0].content}.
     *
     * @return null when any template is invalid
     */
    public static ValueTemplate compile(Object value, Set<String> extraRoots, Map<String, TemplateException> errors) {
        List<Reference> references = new ArrayList<>();
        int errorsBefore = errors.size();
        Node root = node(value, "", extraRoots, references, errors);
        return errors.size() > errorsBefore ? null : new ValueTemplate(root, references);
    }

    /** A static value, frozen. */
    static ValueTemplate constant(Object value) {
        return new ValueTemplate(new Constant(freeze(value)), List.of());
    }

    /** The value with every template rendered against the scope. Static values need no scope. */
    public Object render(Scope scope) {
        return root.render(scope);
    }

    /** True when the value holds no template; it then renders to one and the same unmodifiable value. */
    public boolean isStatic() {
        return root instanceof Constant;
    }

    /** Every reference in the value, in order of appearance. */
    public List<Reference> references() {
        return references;
    }

    /** The reference when the whole value is one template string such as {@code "{{input.x}}"}, else null. */
    public Reference singleReference() {
        return root instanceof Text text && text.template().isSingleReference() ? text.template().references().get(0) : null;
    }

    private static Node node(Object value, String path, Set<String> extraRoots, List<Reference> references,
            Map<String, TemplateException> errors) {
        if (value instanceof String string) {
            if (!string.contains("{{")) {
                return new Constant(string);
            }
            try {
                Template template = Template.parse(string, extraRoots);
                references.addAll(template.references());
                return new Text(template);
            } catch (TemplateException e) {
                errors.put(path, e);
                return new Constant(null);
            }
        }
        if (value instanceof Map<?, ?> map) {
            String[] keys = new String[map.size()];
            Node[] values = new Node[map.size()];
            boolean constant = true;
            int i = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                keys[i] = String.valueOf(entry.getKey());
                values[i] = node(entry.getValue(), path.isEmpty() ? keys[i] : path + "." + keys[i], extraRoots,
                        references, errors);
                constant &= values[i] instanceof Constant;
                i++;
            }
            if (!constant) {
                return new ObjectNode(keys, values);
            }
            Map<String, Object> frozen = new LinkedHashMap<>();
            for (int k = 0; k < keys.length; k++) {
                frozen.put(keys[k], ((Constant) values[k]).value());
            }
            return new Constant(Collections.unmodifiableMap(frozen));
        }
        if (value instanceof List<?> list) {
            Node[] items = new Node[list.size()];
            boolean constant = true;
            for (int i = 0; i < items.length; i++) {
                items[i] = node(list.get(i), path + "[" + i + "]", extraRoots, references, errors);
                constant &= items[i] instanceof Constant;
            }
            if (!constant) {
                return new ArrayNode(items);
            }
            List<Object> frozen = new ArrayList<>(items.length);
            for (Node item : items) {
                frozen.add(((Constant) item).value());
            }
            return new Constant(Collections.unmodifiableList(frozen));
        }
        return new Constant(value);
    }

    /** An unmodifiable deep copy of a JSON tree (scalars are kept as they are). */
    static Object freeze(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> frozen = new LinkedHashMap<>();
            map.forEach((key, member) -> frozen.put(String.valueOf(key), freeze(member)));
            return Collections.unmodifiableMap(frozen);
        }
        if (value instanceof List<?> list) {
            List<Object> frozen = new ArrayList<>(list.size());
            list.forEach(item -> frozen.add(freeze(item)));
            return Collections.unmodifiableList(frozen);
        }
        return value;
    }
}
