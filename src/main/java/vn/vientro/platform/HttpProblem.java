package vn.vientro.platform;

import java.util.Arrays;
import java.util.Locale;

/**
 * The problems of the HTTP exchange itself, before any business rule runs: a missing page, a wrong method, a body that
 * cannot be read (its slug is the shared
 * {@code CommonProblem.UNREADABLE}, which a module raises too when it reads a value itself). With the modules' {@code ProblemType} enums they are every {@code /problems/<slug>} the API answers.
 */
public enum HttpProblem {
    BAD_REQUEST(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    CONFLICT(409),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    INTERNAL_ERROR(500),
    SERVICE_UNAVAILABLE(503);

    private final int status;

    HttpProblem(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The problem an HTTP status stands for; a status without its own stands for the general one of its class. */
    public static HttpProblem ofStatus(int status) {
        return Arrays.stream(values()).filter(problem -> problem.status == status).findFirst()
                .orElse(status >= 500 ? INTERNAL_ERROR : BAD_REQUEST);
    }
}
