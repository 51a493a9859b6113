package io.flowmason.executor.internal.mapping;

import io.flowmason.executor.internal.mapping.Reference.Kind;
import io.flowmason.executor.internal.mapping.Reference.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Parses template text into literal parts and {@link Reference}s, with messages that show the right form. */
final class TemplateParser {

    static final List<String> CONTEXT_KEYS = List.of("run_id", "pipeline_id", "environment", "stage_id");
    private static final List<String> ROOTS = List.of("input", "upstream", "env", "context");
    private static final int MAX_INDEX_DIGITS = 9;

    private TemplateParser() {
    }

    static Template parse(String text, Set<String> extraRoots) throws TemplateException {
        List<String> literals = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        int from = 0;
        int open;
        while ((open = text.indexOf("{{", from)) >= 0) {
            int close = text.indexOf("}}", open + 2);
            int nextOpen = text.indexOf("{{", open + 2);
            if (close < 0 || nextOpen >= 0 && nextOpen < close) {
                throw new TemplateException(text, "unclosed '{{' at position " + open + " in \"" + text + "\"",
                        "every '{{' needs its '}}', as in {{input.ticket_text}}");
            }
            literals.add(text.substring(from, open));
            references.add(reference(text, text.substring(open + 2, close).strip(), extraRoots));
            from = close + 2;
        }
        literals.add(text.substring(from));
        return new Template(text, literals, references);
    }

    private static Reference reference(String text, String expression, Set<String> extraRoots) throws TemplateException {
        if (expression.isEmpty()) {
            throw new TemplateException(text, "empty expression {{}} in \"" + text + "\"",
                    "write what to insert, e.g. {{input.ticket_text}} or {{upstream.classify.label}}");
        }
        int end = nameEnd(expression, 0);
        String root = expression.substring(0, end);
        if (root.isEmpty()) {
            throw new TemplateException(text, "{{" + expression + "}} does not start with a root",
                    "write " + rootList(extraRoots) + " first, e.g. {{input.ticket_text}}");
        }
        List<Segment> segments = segments(text, expression, end);
        Kind kind = switch (root) {
            case "input" -> Kind.INPUT;
            case "upstream" -> Kind.UPSTREAM;
            case "env" -> Kind.ENV;
            case "context" -> Kind.CONTEXT;
            default -> extraRoots.contains(root) ? Kind.EXTRA : null;
        };
        if (kind == null) {
            List<String> known = new ArrayList<>(ROOTS);
            known.addAll(extraRoots);
            String closest = Similarity.closest(root, known);
            throw new TemplateException(text, "unknown root '" + root + "' in {{" + expression + "}}",
                    (closest == null ? "" : "did you mean " + closest + "? ") + "a template starts with "
                    + rootList(extraRoots) + ", e.g. {{input.ticket_text}}");
        }
        checkRoot(text, expression, kind, segments);
        return new Reference(root, kind, segments, expression);
    }

    private static void checkRoot(String text, String expression, Kind kind, List<Segment> segments)
            throws TemplateException {
        boolean oneName = segments.size() == 1 && !segments.get(0).isIndex();
        switch (kind) {
            case UPSTREAM -> {
                if (segments.isEmpty() || segments.get(0).isIndex()) {
                    throw new TemplateException(text, "{{" + expression + "}} needs a stage id",
                            "write {{upstream.<stage_id>}} for a stage's whole output or {{upstream.<stage_id>.<field>}}, "
                            + "e.g. {{upstream.classify.label}}");
                }
            }
            case ENV -> {
                if (!oneName) {
                    throw new TemplateException(text, "{{" + expression + "}} needs exactly one variable name",
                            "write {{env.<NAME>}}, e.g. {{env.API_BASE}}");
                }
            }
            case CONTEXT -> {
                if (!oneName || !CONTEXT_KEYS.contains(segments.get(0).name())) {
                    throw new TemplateException(text, "{{" + expression + "}} is not a context value",
                            "write {{context.<key>}} with one of " + String.join(", ", CONTEXT_KEYS)
                            + ", e.g. {{context.run_id}}");
                }
            }
            default -> {
                // input and extra roots take any path
            }
        }
    }

    private static List<Segment> segments(String text, String expression, int from) throws TemplateException {
        List<Segment> segments = new ArrayList<>();
        int i = from;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '.') {
                int end = nameEnd(expression, i + 1);
                if (end == i + 1) {
                    throw badSegment(text, expression, i);
                }
                segments.add(Segment.field(expression.substring(i + 1, end)));
                i = end;
            } else if (c == '[') {
                int end = i + 1;
                while (end < expression.length() && Character.isDigit(expression.charAt(end))) {
                    end++;
                }
                int digits = end - i - 1;
                if (digits == 0 || digits > MAX_INDEX_DIGITS || end >= expression.length() || expression.charAt(end) != ']') {
                    throw badSegment(text, expression, i);
                }
                segments.add(Segment.position(Integer.parseInt(expression.substring(i + 1, end))));
                i = end + 1;
            } else {
                throw badSegment(text, expression, i);
            }
        }
        return segments;
    }

    private static TemplateException badSegment(String text, String expression, int at) {
        return new TemplateException(text, "bad path segment '" + expression.substring(at) + "' in {{" + expression + "}}",
                "write fields as .name and list positions as [0], e.g. {{input.items[0].name}}");
    }

    private static int nameEnd(String expression, int from) {
        int i = from;
        while (i < expression.length() && isNameChar(expression.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    private static String rootList(Set<String> extraRoots) {
        List<String> roots = new ArrayList<>(ROOTS);
        roots.addAll(extraRoots.stream().sorted().toList());
        return String.join(", ", roots.subList(0, roots.size() - 1)) + " or " + roots.get(roots.size() - 1);
    }
}
