package vn.vientro.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import vn.vientro.platform.HttpProblem;
import vn.vientro.platform.ProblemResponses;
import vn.vientro.platform.StrictJson;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.CommonProblem;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;

/**
 * One place that turns exceptions into answers: RFC 9457 problem details under {@code /api/}, the application's own
 * error pages elsewhere. Titles and details are in the caller's language; field errors are listed in {@code errors};
 * no answer names a Java class.
 */
@ControllerAdvice
class ErrorResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

    private final MessageSource messages;
    private final ProblemResponses problems;
    private final UploadLimits uploadLimits;

    ErrorResponses(MessageSource messages, ProblemResponses problems, UploadLimits uploadLimits) {
        this.uploadLimits = uploadLimits;
        this.messages = messages;
        this.problems = problems;
    }

    @ExceptionHandler(BusinessRuleException.class)
    @Nullable ResponseEntity<Object> businessRule(BusinessRuleException ex, HttpServletRequest request,
                                                  HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        String detail = messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
        ProblemDetail problem = problems.of(ex.problem(), detail, locale);
        List<Map<String, String>> errors = ex.refusals().stream().filter(each -> each.field() != null)
                .map(each -> Map.of("field", each.field(), "message", messages.getMessage(each.messageKey(),
                        each.arguments(), each.messageKey(), locale))).toList();
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return answer(problem, request, response);
    }

    @ExceptionHandler(NotFoundException.class)
    @Nullable ResponseEntity<Object> notFound(NotFoundException ex, HttpServletRequest request,
                                              HttpServletResponse response) throws IOException {
        return answer(http(HttpProblem.NOT_FOUND, null), request, response);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @Nullable ResponseEntity<Object> staleVersion(OptimisticLockingFailureException ex, HttpServletRequest request,
                                                  HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problems.of(CommonProblem.STALE_VERSION,
                messages.getMessage("record.changedByOther", null, locale), locale);
        if (ex instanceof StaleVersionException stale) {
            stale.current().ifPresent(current -> problem.setProperty("current", current));
        }
        return answer(problem, request, response);
    }

    /** A malformed query string (such as {@code ?=}) is the caller's mistake, not the server's. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    @Nullable ResponseEntity<Object> malformedParameters(RuntimeException ex, HttpServletRequest request,
                                                         HttpServletResponse response) throws IOException {
        return answer(http(HttpProblem.BAD_REQUEST, null), request, response);
    }

    /** A multipart body Tomcat cannot read (a file name with a NUL character) is the caller's mistake too. */
    @ExceptionHandler(MultipartException.class)
    @Nullable ResponseEntity<Object> unreadableUpload(MultipartException ex, HttpServletRequest request,
                                                      HttpServletResponse response) throws IOException {
        return answer(unreadable(messages.getMessage("problem.unreadable.upload", null,
                LocaleContextHolder.getLocale())), request, response);
    }

    @ExceptionHandler(AccessDeniedException.class)
    @Nullable ResponseEntity<Object> accessDenied(AccessDeniedException ex, HttpServletRequest request) {
        if (!isApi(request)) {
            throw ex; // Spring Security's filter decides: login page for visitors, 403 page for users
        }
        return problemResponse(http(HttpProblem.FORBIDDEN, null));
    }

    /** A database outage is answered by {@link DatabaseOutageFilter}, with a page that does not need the database. */
    @ExceptionHandler(Exception.class)
    @Nullable ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (DatabaseOutage.explains(ex)) {
            throw ex;
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return answer(http(HttpProblem.INTERNAL_ERROR, null), request, response);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problems.of(CommonProblem.VALIDATION, null, LocaleContextHolder.getLocale());
        problem.setProperty("errors", fieldErrors(ex.getBindingResult()));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** A file over its path's limit ({@link UploadLimitResolver}) says the limit; over the container's, only that. */
    @Override
    protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        long max = ex.getMaxUploadSize();
        ProblemDetail problem = http(HttpProblem.PAYLOAD_TOO_LARGE, max <= 0 ? null
                : uploadLimits.tooLarge(max, LocaleContextHolder.getLocale()));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** Says where the body could not be read (a line and column, or a field), never which Java type refused it. */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem;
        if (ex.getMostSpecificCause() instanceof StreamReadException syntax && syntax.getLocation() != null) {
            TokenStreamLocation at = syntax.getLocation();
            problem = unreadable(messages.getMessage("problem.unreadable.syntax",
                    new Object[] {at.getLineNr(), at.getColumnNr()}, locale));
        } else if (ex.getMostSpecificCause() instanceof JacksonException value && !value.getPath().isEmpty()) {
            String field = path(value.getPath());
            String message = messages.getMessage(value instanceof InvalidFormatException format
                    && format.getValue() instanceof String text && StrictJson.hasNul(text) ? "validation.nul"
                    : "problem.unreadable.value", null, locale);
            problem = unreadable(messages.getMessage("problem.unreadable.field",
                    new Object[] {field}, locale));
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        } else {
            problem = unreadable(messages.getMessage("problem.unreadable.body", null, locale));
        }
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** A path variable or query parameter of the wrong type ({@code ?status=FOO}, {@code /items/abc}). */
    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String field = ex.getPropertyName() == null ? "?" : ex.getPropertyName();
        String message = messages.getMessage("problem.unreadable.value", null, locale);
        ProblemDetail problem = problems.of(CommonProblem.VALIDATION, messages.getMessage("problem.unreadable.field",
                new Object[] {field}, locale), locale);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    private static String path(List<JacksonException.Reference> path) {
        return path.stream().map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                : "[" + reference.getIndex() + "]").collect(Collectors.joining(".")).replace(".[", "[");
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ServletWebRequest servletRequest = (ServletWebRequest) request;
        if (!isApi(servletRequest.getRequest())) {
            sendErrorPage(servletRequest.getResponse(), statusCode.value());
            return null;
        }
        // Spring's own problems (wrong method, media type ...) carry English details that may name classes
        ProblemDetail problem = body instanceof ProblemDetail detail && detail.getType() != null
                && !"about:blank".equals(detail.getType().toString()) && detail.getType().toString()
                .startsWith("/problems/") ? detail : http(HttpProblem.ofStatus(statusCode.value()), null);
        return ResponseEntity.status(statusCode).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private List<Map<String, String>> fieldErrors(BindingResult result) {
        Locale locale = LocaleContextHolder.getLocale();
        return result.getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
                .toList();
    }

    private ProblemDetail unreadable(@Nullable String detail) {
        return problems.of(CommonProblem.UNREADABLE, detail, LocaleContextHolder.getLocale());
    }

    private ProblemDetail http(HttpProblem problem, @Nullable String detail) {
        return problems.of(problem, detail, LocaleContextHolder.getLocale());
    }

    private @Nullable ResponseEntity<Object> answer(ProblemDetail problem, HttpServletRequest request,
                                                    HttpServletResponse response) throws IOException {
        if (isApi(request)) {
            return problemResponse(problem);
        }
        sendErrorPage(response, problem.getStatus());
        return null;
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
