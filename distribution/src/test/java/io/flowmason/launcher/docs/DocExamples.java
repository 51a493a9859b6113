package io.flowmason.launcher.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the shell examples of a Markdown document, following the docs' convention:
 * <ul>
 * <li>a fenced block whose info string is {@code sh} is an example the docs test runs;
 * {@code sh norun} is one it shows but does not run (starting or stopping the instance);</li>
 * <li>a comment line {@code # expect: 409} in an example says that its last {@code curl} answers that
 * status; every other {@code curl} must answer 2xx;</li>
 * <li>a {@code json}, {@code http} or {@code text} block right after an example (nothing but blank
 * lines between) documents what the example prints: see {@link DocumentedResponse}.</li>
 * </ul>
 */
public final class DocExamples {

    /** A fenced block: where it opens (1-based line), its language, the words after it, and its text. */
    record Fence(int line, String language, List<String> flags, String text, int closingLine) {
    }

    static final String NOT_RUN = "norun";
    private static final Pattern EXPECT = Pattern.compile("(?m)^\\s*#\\s*expect:\\s*(\\d{3})\\b");

    private DocExamples() {
    }

    /** The shell examples of {@code markdown}, in document order. */
    public static List<ShellExample> parse(String file, String markdown) {
        List<Fence> fences = fences(file, markdown);
        String[] lines = markdown.split("\n", -1);
        List<ShellExample> examples = new ArrayList<>();
        for (int i = 0; i < fences.size(); i++) {
            Fence fence = fences.get(i);
            if (!"sh".equals(fence.language())) {
                continue;
            }
            DocumentedResponse response = null;
            if (i + 1 < fences.size() && onlyBlankBetween(lines, fence.closingLine(), fences.get(i + 1).line())) {
                Fence next = fences.get(i + 1);
                if (DocumentedResponse.documentsOutput(next.language())) {
                    response = DocumentedResponse.of(file, next.line(), next.language(), next.text());
                }
            }
            Matcher expect = EXPECT.matcher(fence.text());
            Integer expected = expect.find() ? Integer.valueOf(expect.group(1)) : null;
            examples.add(new ShellExample(file, fence.line(), fence.text(), !fence.flags().contains(NOT_RUN), expected, response));
        }
        return examples;
    }

    static List<Fence> fences(String file, String markdown) {
        String[] lines = markdown.split("\n", -1);
        List<Fence> fences = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("```")) {
                continue;
            }
            String[] info = lines[i].substring(3).trim().split("\\s+");
            StringBuilder text = new StringBuilder();
            int close = i + 1;
            while (close < lines.length && !lines[close].startsWith("```")) {
                text.append(lines[close]).append('\n');
                close++;
            }
            if (close == lines.length) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": the fenced block is never closed");
            }
            fences.add(new Fence(i + 1, info[0], List.of(info).subList(1, info.length), text.toString(), close + 1));
            i = close;
        }
        return fences;
    }

    private static boolean onlyBlankBetween(String[] lines, int closingLine, int nextOpeningLine) {
        for (int line = closingLine + 1; line < nextOpeningLine; line++) {
            if (!lines[line - 1].isBlank()) {
                return false;
            }
        }
        return true;
    }
}
