package io.flowmason.gateway.internal.pipelines;

import io.flowmason.executor.pipeline.PipelineProblem;
import io.flowmason.gateway.internal.ApiException;
import io.flowmason.gateway.internal.HttpStatuses;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A pipeline that cannot run, as the 422 answer of API.md: every problem in {@code details}. */
final class PipelineProblems {

    private PipelineProblems() {
    }

    static ApiException unprocessable(String what, List<PipelineProblem> problems) {
        List<Map<String, Object>> details = details(problems);
        PipelineProblem first = problems.get(0);
        String message = what + " has " + (problems.size() == 1 ? "a problem" : problems.size() + " problems") + ": "
                + (first.stage() == null ? "" : "stage " + first.stage() + ": ") + first.message()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more in details)" : "") + ".";
        return new ApiException(HttpStatuses.UNPROCESSABLE, "invalid_pipeline", message, details,
                first.suggestion() == null ? "Fix each problem listed in details." : first.suggestion());
    }

    static List<Map<String, Object>> details(List<PipelineProblem> problems) {
        return problems.stream().map(PipelineProblems::detail).toList();
    }

    private static Map<String, Object> detail(PipelineProblem problem) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("stage", problem.stage());
        detail.put("field", problem.field());
        detail.put("error_type", problem.errorType().id());
        detail.put("message", problem.message());
        detail.put("suggestion", problem.suggestion());
        return detail;
    }
}
