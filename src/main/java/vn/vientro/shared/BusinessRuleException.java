package vn.vientro.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A broken business rule: carries a message key with arguments, the field it concerns (if any)
 * and a stable problem type for the API ({@code /problems/<type>}).
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;
    private final @Nullable String field;
    private final String problemType;

    public BusinessRuleException(String problemType, String messageKey, @Nullable String field, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.problemType = problemType;
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = List.of(arguments);
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

    public String problemType() {
        return problemType;
    }
}
