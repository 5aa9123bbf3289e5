package vn.vientro.mobilisation.need;

import java.util.List;
import vn.vientro.shared.InvalidInputException;

/**
 * Several fields of a need broke a rule at once. It reads as the first of them (the API's problem names its field);
 * the form shows each at its own field.
 */
class NeedInputRefusedException extends InvalidInputException {

    private final List<InvalidInputException> all;

    NeedInputRefusedException(List<InvalidInputException> all) {
        super(fieldOf(all.get(0)), all.get(0).messageKey(), all.get(0).arguments());
        this.all = List.copyOf(all);
    }

    List<InvalidInputException> all() {
        return all;
    }

    private static String fieldOf(InvalidInputException first) {
        String field = first.field();
        return field == null ? "" : field;
    }
}
