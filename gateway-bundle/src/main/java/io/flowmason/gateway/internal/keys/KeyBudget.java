package io.flowmason.gateway.internal.keys;

/**
 * What a key may spend in a calendar month (UTC) on runs: tokens and US dollars; null for no limit.
 * A run that would start past either budget is refused with 429 {@code quota_exceeded}.
 */
public record KeyBudget(Long monthlyTokens, Double monthlyUsd) {

    public static final KeyBudget NONE = new KeyBudget(null, null);
}
