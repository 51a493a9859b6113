package io.flowmason.gateway.internal;

import java.util.List;

/**
 * The body of every error answer: {@code {"error": {"code", "message", "details", "suggestion"}}}.
 * {@code code} is a stable snake_case identifier scripts can branch on; {@code message} says what
 * is wrong and {@code suggestion} how to fix it.
 */
public record ApiError(Body error) {

    public record Body(String code, String message, List<?> details, String suggestion) {
        public Body {
            details = details == null ? List.of() : List.copyOf(details);
        }
    }

    public static ApiError of(String code, String message, String suggestion) {
        return new ApiError(new Body(code, message, List.of(), suggestion));
    }

    public static ApiError of(String code, String message, List<?> details, String suggestion) {
        return new ApiError(new Body(code, message, details, suggestion));
    }
}
