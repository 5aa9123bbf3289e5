package vn.vientro.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.shared.ProblemType;

/**
 * Builds RFC 9457 problem details with their localized titles: one way for every module and filter. The type is
 * {@code /problems/<slug>}, the title {@code problem.<slug>.title} in the caller's language.
 */
@Component
public class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    ProblemResponses(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(HttpProblem problem, @Nullable String detail, Locale locale) {
        return build(problem.status(), problem.slug(), detail, locale);
    }

    public ProblemDetail of(ProblemType problem, @Nullable String detail, Locale locale) {
        return build(problem.kind() == ProblemType.Kind.INVALID_INPUT ? 400 : 409, problem.slug(), detail, locale);
    }

    /** Writes a problem where no controller answers (security filters). */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.getWriter().write(JSON.writeValueAsString(body));
    }

    private ProblemDetail build(int status, String slug, @Nullable String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("/problems/" + slug));
        problem.setTitle(messages.getMessage("problem." + slug + ".title", null, slug, locale));
        problem.setDetail(detail);
        return problem;
    }
}
