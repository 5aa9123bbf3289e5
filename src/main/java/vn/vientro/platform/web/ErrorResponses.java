package vn.vientro.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;

/**
 * One place that turns exceptions into answers: RFC 9457 problem details under {@code /api/}, the application's own
 * error pages elsewhere. Problem titles are in the caller's language; field errors are listed in {@code errors}.
 */
@ControllerAdvice
class ErrorResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

    private final MessageSource messages;

    ErrorResponses(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BusinessRuleException.class)
    @Nullable ResponseEntity<Object> businessRule(BusinessRuleException ex, HttpServletRequest request,
                                                  HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        String detail = messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
        HttpStatus status = ex instanceof InvalidInputException ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
        ProblemDetail problem = problem(status, ex.problemType(), detail);
        if (ex.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", detail)));
        }
        return answer(problem, request, response);
    }

    @ExceptionHandler(NotFoundException.class)
    @Nullable ResponseEntity<Object> notFound(NotFoundException ex, HttpServletRequest request,
                                              HttpServletResponse response) throws IOException {
        return answer(problem(HttpStatus.NOT_FOUND, "not-found", null), request, response);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @Nullable ResponseEntity<Object> staleVersion(OptimisticLockingFailureException ex, HttpServletRequest request,
                                                  HttpServletResponse response) throws IOException {
        return answer(problem(HttpStatus.CONFLICT, "stale-version", null), request, response);
    }

    /** A malformed query string (such as {@code ?=}) is the caller's mistake, not the server's. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    @Nullable ResponseEntity<Object> malformedParameters(RuntimeException ex, HttpServletRequest request,
                                                         HttpServletResponse response) throws IOException {
        return answer(problem(HttpStatus.BAD_REQUEST, "bad-request", null), request, response);
    }

    @ExceptionHandler(AccessDeniedException.class)
    @Nullable ResponseEntity<Object> accessDenied(AccessDeniedException ex, HttpServletRequest request) {
        if (!isApi(request)) {
            throw ex; // Spring Security's filter decides: login page for visitors, 403 page for users
        }
        return problemResponse(problem(HttpStatus.FORBIDDEN, "forbidden", null));
    }

    @ExceptionHandler(Exception.class)
    @Nullable ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return answer(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", null), request, response);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", null);
        problem.setProperty("errors", fieldErrors(ex.getBindingResult()));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable", firstLine(ex.getMostSpecificCause()));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    private static String firstLine(Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ServletWebRequest servletRequest = (ServletWebRequest) request;
        if (!isApi(servletRequest.getRequest())) {
            sendErrorPage(servletRequest.getResponse(), statusCode.value());
            return null;
        }
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : problem(HttpStatus.valueOf(statusCode.value()), slug(statusCode), null);
        localizeTitle(problem, statusCode);
        return problemResponse(problem);
    }

    private List<Map<String, String>> fieldErrors(BindingResult result) {
        Locale locale = LocaleContextHolder.getLocale();
        return result.getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", message(error, locale)))
                .toList();
    }

    private String message(FieldError error, Locale locale) {
        return messages.getMessage(error, locale);
    }

    private @Nullable ResponseEntity<Object> answer(ProblemDetail problem, HttpServletRequest request,
                                                    HttpServletResponse response) throws IOException {
        if (isApi(request)) {
            return problemResponse(problem);
        }
        sendErrorPage(response, problem.getStatus());
        return null;
    }

    private ProblemDetail problem(HttpStatus status, String type, @Nullable String detail) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(messages.getMessage("problem." + type + ".title", null, status.getReasonPhrase(),
                LocaleContextHolder.getLocale()));
        problem.setDetail(detail);
        return problem;
    }

    private void localizeTitle(ProblemDetail problem, HttpStatusCode status) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            String type = slug(status);
            problem.setType(URI.create("/problems/" + type));
            problem.setTitle(messages.getMessage("problem." + type + ".title", null,
                    String.valueOf(problem.getTitle()), LocaleContextHolder.getLocale()));
        }
    }

    private static String slug(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "http-" + status.value() : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ResponseEntity<Object> problemResponse(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static void sendErrorPage(@Nullable HttpServletResponse response, int status) {
        if (response == null || response.isCommitted()) {
            return;
        }
        try {
            response.sendError(status);
        } catch (IOException e) {
            log.debug("Client went away before the error page", e);
        }
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
