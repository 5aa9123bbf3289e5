package vn.vientro.shared;

/** The caller's input is malformed or out of range (an API answers 400, a page shows it at the field). */
public class InvalidInputException extends BusinessRuleException {

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(CommonProblem.VALIDATION, messageKey, field, arguments);
    }
}
