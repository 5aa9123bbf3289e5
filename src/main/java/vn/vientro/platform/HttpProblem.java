package vn.vientro.platform;

import java.util.EnumSet;
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
    SERVICE_UNAVAILABLE(503),
    /** A request with the same {@code Idempotency-Key} still runs, longer than a retry waits for it. */
    IDEMPOTENCY_KEY_IN_USE(409),
    /** The {@code Idempotency-Key} was sent before with another request: its first answer is not this one's. */
    IDEMPOTENCY_KEY_REUSED(422);

    /** The problems a bare status stands for; the idempotency key's are answered by name only. */
    private static final EnumSet<HttpProblem> GENERAL = EnumSet.range(BAD_REQUEST, SERVICE_UNAVAILABLE);

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
        return GENERAL.stream().filter(problem -> problem.status == status).findFirst()
                .orElse(status >= 500 ? INTERNAL_ERROR : BAD_REQUEST);
    }
}
