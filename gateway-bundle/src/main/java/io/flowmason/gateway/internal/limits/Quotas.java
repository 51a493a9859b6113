package io.flowmason.gateway.internal.limits;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * Monthly budgets: a run is refused once the month-to-date tokens or cost have reached a budget
 * ({@code used >= budget}). Budgets are checked against finished runs, so runs already under way
 * may take the total past the budget; the next one is refused.
 */
final class Quotas {

    private Quotas() {
    }

    /** The refusal when {@code used} has reached either budget; {@code whose} names the key or pipeline. */
    static Optional<Admission.Refused> check(String whose, Long tokenBudget, Double usdBudget, UsageCounts used, Instant now,
            String suggestion) {
        long retryAfter = secondsToNextMonth(now);
        if (tokenBudget != null && used.totalTokens() >= tokenBudget) {
            return Optional.of(new Admission.Refused("quota_exceeded", "The monthly token budget of " + whose + " (" + tokenBudget
                    + " tokens) is spent: " + used.totalTokens() + " tokens used this month.", suggestion, retryAfter));
        }
        if (usdBudget != null && used.costUsd() >= usdBudget) {
            return Optional.of(new Admission.Refused("quota_exceeded", "The monthly cost budget of " + whose + " ($"
                    + String.format(Locale.ROOT, "%.4f", usdBudget) + ") is spent: $" + String.format(Locale.ROOT, "%.4f", used.costUsd())
                    + " used this month.", suggestion, retryAfter));
        }
        return Optional.empty();
    }

    /** Seconds until the first moment of the next UTC month, at least 1. */
    static long secondsToNextMonth(Instant now) {
        YearMonth month = YearMonth.from(now.atZone(ZoneOffset.UTC));
        Instant next = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return Math.max(1, next.getEpochSecond() - now.getEpochSecond());
    }
}
