package io.flowmason.gateway.internal.limits;

/** The optional limits of one pipeline; null sets none. They apply to every caller, the owner too. */
public record PipelineLimits(Integer perMinute, Integer perHour, Long monthlyTokenBudget, Double monthlyUsdBudget) {

    public static final PipelineLimits NONE = new PipelineLimits(null, null, null, null);
}
