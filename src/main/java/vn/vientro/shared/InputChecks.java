package vn.vientro.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs every check of an input and refuses it once with all that is wrong, so a person correcting a form sees each
 * mistake at its field in one go instead of one per submit.
 */
public final class InputChecks {

    private final List<InvalidInputException> refusals = new ArrayList<>();

    /** Runs a check, keeping its refusal instead of stopping at it. */
    public void check(Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException refused) {
            refusals.addAll(refused.refusals());
        }
    }

    /** Refuses the input at a field, going on with the other checks. */
    public void refuse(String field, String messageKey, Object... arguments) {
        refusals.add(new InvalidInputException(field, messageKey, arguments));
    }

    /** Reads a value, keeping the refusal of what cannot be read; null then. */
    public <T> @Nullable T read(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (InvalidInputException refused) {
            refusals.addAll(refused.refusals());
            return null;
        }
    }

    public boolean refusedAny() {
        return !refusals.isEmpty();
    }

    /** @throws InvalidInputException with every refusal kept, if there was any */
    public void done() {
        if (!refusals.isEmpty()) {
            throw new InvalidInputException(refusals);
        }
    }
}
