package io.flowmason.gateway.internal.limits;

import java.time.Clock;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Decides whether a caller may run a pipeline now, before anything runs or is recorded. Budgets are
 * checked first (they take nothing), then rates, which take one request from each applicable window.
 * <ul>
 * <li>Pipeline limits and budgets ({@code PUT /api/pipelines/{id}/limits}) apply to every caller, the
 * owner key too: they protect what the pipeline calls downstream.</li>
 * <li>Key limits apply to every key but the owner's: its own per-minute and per-hour limits, else the
 * organisation defaults ({@code flowmason.rate.limit.per.minute} / {@code .per.hour}), and its own
 * monthly budgets if it has any.</li>
 * </ul>
 */
@Component(service = RunAdmission.class)
public class RunAdmission {

    static final String PER_MINUTE_PROPERTY = "flowmason.rate.limit.per.minute";
    static final String PER_HOUR_PROPERTY = "flowmason.rate.limit.per.hour";

    private final RateLimiter limiter;
    private final PipelineLimitsStore pipelineLimits;
    private final UsageLedger usage;
    private final Clock clock;
    private final int defaultPerMinute;
    private final int defaultPerHour;

    @Activate
    public RunAdmission(BundleContext context, @Reference PipelineLimitsStore pipelineLimits, @Reference UsageLedger usage) {
        this(new InMemoryRateLimiter(Clock.systemUTC()), pipelineLimits, usage, Clock.systemUTC(),
                positive(context.getProperty(PER_MINUTE_PROPERTY), 60), positive(context.getProperty(PER_HOUR_PROPERTY), 1000));
    }

    RunAdmission(RateLimiter limiter, PipelineLimitsStore pipelineLimits, UsageLedger usage, Clock clock, int defaultPerMinute,
            int defaultPerHour) {
        this.limiter = limiter;
        this.pipelineLimits = pipelineLimits;
        this.usage = usage;
        this.clock = clock;
        this.defaultPerMinute = defaultPerMinute;
        this.defaultPerHour = defaultPerHour;
    }

    /** Admits the run (taking it from the rate windows) or says why not. */
    public Admission admit(Caller caller, String pipelineId) {
        PipelineLimits pipeline = pipelineLimits.get(pipelineId);
        Optional<Admission.Refused> overBudget = budgets(caller, pipelineId, pipeline);
        if (overBudget.isPresent()) {
            return overBudget.get();
        }
        String keySubject = "key:" + caller.keyId();
        RateDecision key = caller.isOwner() ? RateDecision.UNLIMITED : limiter.tryAcquire(keySubject,
                caller.perMinute() != null ? caller.perMinute() : defaultPerMinute,
                caller.perHour() != null ? caller.perHour() : defaultPerHour);
        if (!key.allowed()) {
            return refused(key, "the API key '" + caller.keyId() + "'", "Wait for Retry-After seconds, or ask a key admin for a key"
                    + " with a higher limit.");
        }
        RateDecision pipe = limiter.tryAcquire("pipeline:" + pipelineId, orZero(pipeline.perMinute()), orZero(pipeline.perHour()));
        if (!pipe.allowed()) {
            limiter.release(keySubject, key);
            return refused(pipe, "the pipeline '" + pipelineId + "'", "Wait for Retry-After seconds, or raise the pipeline's limit"
                    + " with PUT /api/pipelines/" + pipelineId + "/limits.");
        }
        return new Admission.Admitted(tighter(key, pipe));
    }

    private Optional<Admission.Refused> budgets(Caller caller, String pipelineId, PipelineLimits pipeline) {
        if (!caller.isOwner()) {
            Optional<Admission.Refused> key = Quotas.check("the API key '" + caller.keyId() + "'", caller.monthlyTokenBudget(),
                    caller.monthlyUsdBudget(), usage.keyMonthToDate(caller.keyId()), clock.instant(),
                    "Wait for the next month (UTC), or ask a key admin to raise the key's budget.");
            if (key.isPresent()) {
                return key;
            }
        }
        return Quotas.check("the pipeline '" + pipelineId + "'", pipeline.monthlyTokenBudget(), pipeline.monthlyUsdBudget(),
                usage.pipelineMonthToDate(pipelineId), clock.instant(),
                "Wait for the next month (UTC), or raise the budget with PUT /api/pipelines/" + pipelineId + "/limits.");
    }

    private Admission.Refused refused(RateDecision decision, String whose, String suggestion) {
        long retryAfter = decision.retryAfterSeconds(clock.instant().getEpochSecond());
        return new Admission.Refused("rate_limited", "The rate limit of " + whose + " (" + decision.limit() + " runs per "
                + decision.window() + ") is reached; it resets in " + retryAfter + " s.", suggestion, retryAfter);
    }

    private static RateDecision tighter(RateDecision a, RateDecision b) {
        if (!a.limited()) {
            return b;
        }
        if (!b.limited()) {
            return a;
        }
        return b.remaining() < a.remaining() || (b.remaining() == a.remaining() && b.resetEpochSecond() > a.resetEpochSecond()) ? b : a;
    }

    private static int orZero(Integer limit) {
        return limit == null ? 0 : limit;
    }

    private static int positive(String value, int fallback) {
        try {
            int parsed = value == null ? fallback : Integer.parseInt(value.trim());
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
