package vn.vientro.reporting.closing;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** The period to close, as its code ({@code 2026-H1}). */
public record CloseForm(@Size(max = TextLength.CODE, message = "{validation.tooLong}") String period) {

    public CloseForm(@Nullable String period) {
        this.period = period == null ? "" : period;
    }
}
