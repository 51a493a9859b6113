package com.acme.support;

import io.flowmason.api.component.ComponentException;
import io.flowmason.api.component.ErrorType;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the model's verdict from its answer, tolerating prose or a code fence around the JSON. */
final class Verdicts {

    private static final Pattern PRIORITY = Pattern.compile("\"priority\"\\s*:\\s*\"(\\w+)\"");
    private static final Pattern CATEGORY = Pattern.compile("\"category\"\\s*:\\s*\"(\\w+)\"");
    private static final Pattern CONFIDENCE = Pattern.compile("\"confidence\"\\s*:\\s*([0-9]*\\.?[0-9]+)");

    private Verdicts() {
    }

    static SupportClassifier.Output read(String answer) {
        String priority = find(PRIORITY, answer);
        String category = find(CATEGORY, answer);
        if (priority == null || category == null) {
            throw unreadable(answer);
        }
        SupportClassifier.Priority level;
        try {
            level = SupportClassifier.Priority.valueOf(priority.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw unreadable(answer);
        }
        String normalised = category.toLowerCase(Locale.ROOT);
        String team = SupportClassifier.TEAMS.getOrDefault(normalised, SupportClassifier.TEAMS.get("general"));
        String confidence = find(CONFIDENCE, answer);
        double sure = confidence == null ? 0.5 : Math.max(0, Math.min(1, Double.parseDouble(confidence)));
        return new SupportClassifier.Output(level, normalised, team, sure);
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text == null ? "" : text);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static CompletionException unreadable(String answer) {
        String start = answer == null ? "" : answer.substring(0, Math.min(200, answer.length()));
        return new CompletionException(new ComponentException(ErrorType.PROVIDER,
                "support_classifier: the model's answer is not a verdict: " + start, true));
    }
}
