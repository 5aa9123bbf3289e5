package vn.vientro.registry.contact;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** A meeting, call, e-mail or visit to record; absent parts are refused at their field. */
public record NewInteraction(@Nullable InteractionKind kind, @Nullable LocalDate occurredOn, @Nullable String notes) {

    public NewInteraction {
        TextLength.require("notes", notes, TextLength.TEXT);
    }
}
