package vn.vientro.shared;

import java.util.List;

/**
 * The caller's input is malformed or out of range (an API answers 400, a page shows it at the field). One exception
 * may carry every refusal of a form ({@link InputChecks}), so a page shows them all at once, each at its field.
 */
public class InvalidInputException extends BusinessRuleException {

    private final List<InvalidInputException> all;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(CommonProblem.VALIDATION, messageKey, field, arguments);
        this.all = List.of(this);
    }

    /** Every refusal at once; the first gives the exception its own field and message. */
    InvalidInputException(List<InvalidInputException> refusals) {
        super(CommonProblem.VALIDATION, refusals.get(0).messageKey(), refusals.get(0).field(),
                refusals.get(0).arguments());
        this.all = List.copyOf(refusals);
    }

    /** Each refusal it carries, in the order they were found (only itself when it carries one). */
    @Override
    public List<InvalidInputException> refusals() {
        return all;
    }
}
