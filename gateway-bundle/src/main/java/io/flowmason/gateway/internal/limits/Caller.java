package io.flowmason.gateway.internal.limits;

/**
 * Who asks for a run, as far as limits are concerned. A null limit or budget means the key sets none of
 * its own: the organisation defaults apply to rates, and no budget applies.
 *
 * @param keyId {@link #OWNER} for the owner key, else the API key's id
 */
public record Caller(String keyId, Integer perMinute, Integer perHour, Long monthlyTokenBudget, Double monthlyUsdBudget) {

    /** The key id of the owner key. */
    public static final String OWNER = "owner";

    /** The owner key: holds every permission, no key limits or budgets (pipeline limits still apply). */
    public static Caller owner() {
        return new Caller(OWNER, null, null, null, null);
    }

    public boolean isOwner() {
        return OWNER.equals(keyId);
    }
}
