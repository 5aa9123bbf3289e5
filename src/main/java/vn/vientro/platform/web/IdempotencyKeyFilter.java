package vn.vientro.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.vientro.platform.HttpProblem;
import vn.vientro.platform.ProblemResponses;
import vn.vientro.platform.web.IdempotentAnswers.Answer;
import vn.vientro.platform.web.IdempotentAnswers.Claim;
import vn.vientro.platform.web.IdempotentAnswers.Key;
import vn.vientro.shared.CommonProblem;

/**
 * Makes every POST of the API safe to retry. A client that lost the answer to a POST (network cut, node killed) cannot
 * know whether the write happened; sent again with the same {@code Idempotency-Key} header, the request gets the first
 * answer again (status, body, {@code Location}, and {@code Idempotent-Replayed: true}) and writes nothing.
 * <ul>
 * <li>The whole request runs in one transaction that first claims the key ({@link IdempotentAnswers}), so the write,
 *     the key and the answer commit together or not at all: a node killed at any moment leaves either all three (a
 *     retry gets the answer) or none (a retry runs). The services' own transactions join it.</li>
 * <li>A retry arriving while the first request runs waits for it (the key's row is locked until it commits) and then
 *     answers as above; after {@link IdempotencyRules#maxWait()} it answers 409 {@code idempotency-key-in-use}.</li>
 * <li>The same key with another request (method, path, query or body: {@link RequestFingerprint}) answers 422
 *     {@code idempotency-key-reused}. Keys are the caller's own: another user's key of the same value is another
 *     key.</li>
 * <li>Successful answers and the refusals a retry would get again (400, 409, 413, 415, 422) are kept; a 5xx, or a 401,
 *     403, 404 or 429, which depend on the moment, are not: a retry after them runs again.</li>
 * <li>Answers are kept for {@link IdempotencyRules#keepFor()} (24 hours), then {@link IdempotencyKeyExpiry} forgets
 *     them. Without the header a request runs as it always did.</li>
 * </ul>
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 5) // after Spring Security, which names the caller; inside the request log
class IdempotencyKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyFilter.class);
    private static final Pattern KEY = Pattern.compile("[\\x20-\\x7E]{1,255}");
    /** The refusals a retry would get again: kept like successes. */
    static final List<Integer> REMEMBERED_REFUSALS = List.of(400, 409, 413, 415, 422);

    private final IdempotentAnswers answers;
    private final IdempotencyRules rules;
    private final PlatformTransactionManager transactions;
    private final ProblemResponses problems;
    private final MessageSource messages;
    private final LocaleResolver locales;

    IdempotencyKeyFilter(IdempotentAnswers answers, IdempotencyRules rules, PlatformTransactionManager transactions,
                         ProblemResponses problems, MessageSource messages, LocaleResolver locales) {
        this.answers = answers;
        this.rules = rules;
        this.transactions = transactions;
        this.problems = problems;
        this.messages = messages;
        this.locales = locales;
    }

    /** The requests whose {@code Idempotency-Key} is honoured: every POST of the API. */
    static boolean covers(String method, String path) {
        return "POST".equals(method) && path.startsWith("/api/v1/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !covers(request.getMethod(),
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> keys = Collections.list(request.getHeaders(HEADER));
        if (keys.size() != 1 || !KEY.matcher(keys.get(0)).matches()) {
            problems.write(response, malformedKey(request));
            return;
        }
        Optional<String> caller = caller();
        if (caller.isEmpty() || !RequestFingerprint.readable(request)) {
            chain.doFilter(request, response); // refused as without a key: nobody to answer, or nothing to accept
            return;
        }
        Optional<RequestFingerprint> read = RequestFingerprint.of(request);
        if (read.isEmpty()) {
            problems.write(response, problems.of(HttpProblem.PAYLOAD_TOO_LARGE, null, locale(request)));
            return;
        }
        run(new Key(caller.get(), keys.get(0)), read.get(), response, chain);
    }

    private void run(Key key, RequestFingerprint request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TransactionStatus transaction = transactions.getTransaction(TransactionDefinition.withDefaults());
        Claim claim;
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        try {
            claim = answers.claim(key, request.fingerprint());
            if (claim.free()) {
                chain.doFilter(request.request(), captured);
            }
        } catch (IOException | ServletException | RuntimeException | Error e) {
            transactions.rollback(transaction);
            throw e;
        }
        if (!claim.free()) {
            transactions.rollback(transaction);
            answerAgain(request, claim, response);
            return;
        }
        Answer answer = new Answer(captured.getStatus(), captured.getContentType(),
                captured.getHeader(HttpHeaders.LOCATION), captured.getContentAsByteArray());
        if (finish(key, request, answer, transaction)) {
            captured.copyBodyToResponse();
        } else {
            response.reset();
            problems.write(response, problems.of(HttpProblem.INTERNAL_ERROR, null,
                    locale(request.request())));
        }
    }

    /** Commits or rolls back the request's transaction by its answer; false when the answer cannot be given. */
    private boolean finish(Key key, RequestFingerprint request, Answer answer, TransactionStatus transaction) {
        if (!answer.successful()) {
            transactions.rollback(transaction);
            if (REMEMBERED_REFUSALS.contains(answer.status())) {
                answers.rememberRefusal(key, request.fingerprint(), answer);
            }
            return true;
        }
        if (transaction.isRollbackOnly()) {
            // a service swallowed a failure of a transactional call: the write cannot commit, its answer was untrue
            log.error("{} {} answered {} in a transaction marked for rollback; answering 500",
                    request.request().getMethod(), request.request().getRequestURI(), answer.status());
            transactions.rollback(transaction);
            return false;
        }
        answers.answer(key, answer);
        transactions.commit(transaction);
        return true;
    }

    private void answerAgain(RequestFingerprint request, Claim claim, HttpServletResponse response)
            throws IOException {
        HttpServletRequest http = request.request();
        Locale locale = locale(http);
        Answer earlier = claim.earlier();
        if (earlier == null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(response, keyProblem(HttpProblem.IDEMPOTENCY_KEY_IN_USE, "problem.idempotency-key.inUse",
                    locale));
        } else if (!request.fingerprint().equals(claim.fingerprint())) {
            problems.write(response, keyProblem(HttpProblem.IDEMPOTENCY_KEY_REUSED, "problem.idempotency-key.reused",
                    locale));
        } else {
            response.setStatus(earlier.status());
            if (earlier.contentType() != null) {
                response.setContentType(earlier.contentType());
            }
            if (earlier.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, earlier.location());
            }
            response.setHeader(REPLAYED, "true");
            response.setContentLength(earlier.body().length);
            response.getOutputStream().write(earlier.body());
        }
    }

    private ProblemDetail keyProblem(HttpProblem kind, String detailKey, Locale locale) {
        String detail = messages.getMessage(detailKey, new Object[] {rules.keepFor().toHours()}, locale);
        return atHeader(problems.of(kind, detail, locale));
    }

    private ProblemDetail malformedKey(HttpServletRequest request) {
        Locale locale = locale(request);
        return atHeader(problems.of(CommonProblem.VALIDATION,
                messages.getMessage("problem.idempotency-key.malformed", null, locale), locale));
    }

    /** The problem's detail as the error of the header, where API clients look for what to correct. */
    private static ProblemDetail atHeader(ProblemDetail problem) {
        problem.setProperty("errors", List.of(Map.of("field", HEADER, "message", String.valueOf(problem.getDetail()))));
        return problem;
    }

    private Locale locale(HttpServletRequest request) {
        return locales.resolveLocale(request);
    }

    private static Optional<String> caller() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(user.getName());
    }
}
