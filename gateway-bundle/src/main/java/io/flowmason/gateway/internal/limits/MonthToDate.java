package io.flowmason.gateway.internal.limits;

import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens and cost of the current month per subject ({@code key:<id>}, {@code pipeline:<id>}), in memory,
 * for quota checks. A total of an earlier month reads as zero, so the month turns over by itself.
 */
final class MonthToDate {

    private record Total(YearMonth month, UsageCounts counts) {
    }

    private final Map<String, Total> totals = new ConcurrentHashMap<>();

    void add(String subject, YearMonth month, UsageCounts counts) {
        totals.merge(subject, new Total(month, counts), (old, added) -> old.month().equals(added.month())
                ? new Total(old.month(), old.counts().plus(added.counts()))
                : old.month().isAfter(added.month()) ? old : added);
    }

    UsageCounts get(String subject, YearMonth month) {
        Total total = totals.get(subject);
        return total == null || !total.month().equals(month) ? UsageCounts.ZERO : total.counts();
    }
}
