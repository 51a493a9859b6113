package io.flowmason.gateway.internal.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuotasTest {

    private static final Instant NOW = Instant.parse("2026-03-31T23:59:00Z");

    @Test
    void aBudgetIsSpentOnceTheMonthToDateReachesIt() {
        assertThat(Quotas.check("p", 100L, null, new UsageCounts(3, 60, 39, 0), NOW, "s")).isEmpty();
        var refused = Quotas.check("the pipeline 'p'", 100L, null, new UsageCounts(3, 60, 40, 0), NOW, "raise it");
        assertThat(refused).isPresent();
        assertThat(refused.get().code()).isEqualTo("quota_exceeded");
        assertThat(refused.get().message()).contains("token budget", "the pipeline 'p'", "100 tokens", "100 tokens used");
        assertThat(refused.get().suggestion()).isEqualTo("raise it");
        assertThat(refused.get().retryAfterSeconds()).isEqualTo(60);
    }

    @Test
    void theCostBudgetIsCheckedToo() {
        assertThat(Quotas.check("k", null, 0.5, new UsageCounts(1, 0, 0, 0.49), NOW, "s")).isEmpty();
        var refused = Quotas.check("the API key 'k'", 1_000_000L, 0.5, new UsageCounts(1, 10, 10, 0.5), NOW, "s");
        assertThat(refused.get().message()).contains("cost budget", "$0.5000");
    }

    @Test
    void noBudgetNeverRefusesAndAZeroBudgetAlwaysDoes() {
        assertThat(Quotas.check("k", null, null, new UsageCounts(9, 1 << 30, 1 << 30, 1e9), NOW, "s")).isEmpty();
        assertThat(Quotas.check("k", 0L, null, UsageCounts.ZERO, NOW, "s")).isPresent();
    }

    @Test
    void retryAfterRunsToTheNextUtcMonth() {
        assertThat(Quotas.secondsToNextMonth(Instant.parse("2026-02-28T00:00:00Z"))).isEqualTo(86_400);
        assertThat(Quotas.secondsToNextMonth(Instant.parse("2026-12-31T23:59:59Z"))).isEqualTo(1);
    }

    @Test
    void monthToDateTotalsAddUpWithinAMonthAndStartAgainInTheNext() {
        MonthToDate totals = new MonthToDate();
        java.time.YearMonth march = java.time.YearMonth.of(2026, 3);
        totals.add("key:a", march, new UsageCounts(1, 2, 3, 0.1));
        totals.add("key:a", march, new UsageCounts(1, 2, 3, 0.1));
        assertThat(totals.get("key:a", march).totalTokens()).isEqualTo(10);
        assertThat(totals.get("key:a", march.plusMonths(1))).isEqualTo(UsageCounts.ZERO);
        totals.add("key:a", march.plusMonths(1), new UsageCounts(1, 1, 1, 0));
        assertThat(totals.get("key:a", march.plusMonths(1)).runs()).isEqualTo(1);
        assertThat(totals.get("key:b", march)).isEqualTo(UsageCounts.ZERO);
    }
}
