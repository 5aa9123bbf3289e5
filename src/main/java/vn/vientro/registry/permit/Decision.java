package vn.vientro.registry.permit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.TextLength;

/** The document deciding a change of a paper (number and date), with an optional note. */
public record Decision(String number, @Nullable LocalDate date, @Nullable String note) {

    public Decision {
        TextLength.require("decisionNumber", number, TextLength.CODE);
        TextLength.require("note", note, TextLength.TEXT);
    }

    void require() {
        if (number == null || number.isBlank()) {
            throw new InvalidInputException("decisionNumber", "registry.permit.decisionNumber.required");
        }
        if (date == null) {
            throw new InvalidInputException("decisionDate", "registry.permit.decisionDate.required");
        }
    }
}
