package vn.vientro.reporting.official;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** The number a report is issued under ("125/BC-UBND"), as typed. */
public record IssueForm(@Size(max = TextLength.CODE, message = "{validation.tooLong}") String number) {

    public IssueForm(@Nullable String number) {
        this.number = number == null ? "" : number;
    }
}
