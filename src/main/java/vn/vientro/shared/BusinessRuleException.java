package vn.vientro.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A broken business rule: carries its problem type, a message key with arguments, and the field it concerns (if any).
 * Arguments are kept as they are (dates, amounts, nested message keys) and formatted in the reader's language when the
 * message is shown.
 */
public class BusinessRuleException extends RuntimeException {

    private final ProblemType problem;
    private final String messageKey;
    private final List<Object> arguments;
    private final @Nullable String field;

    public BusinessRuleException(ProblemType problem, String messageKey, @Nullable String field, Object... arguments) {
        super(problem.slug() + ": " + messageKey + " " + List.of(arguments));
        this.problem = problem;
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    public ProblemType problem() {
        return problem;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    public @Nullable String field() {
        return field;
    }

    /** Each refusal it carries: itself, unless it refuses an input at several fields at once. */
    public List<? extends BusinessRuleException> refusals() {
        return List.of(this);
    }
}
