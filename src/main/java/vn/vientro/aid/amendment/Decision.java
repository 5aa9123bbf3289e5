package vn.vientro.aid.amendment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** The approver's decision on a change request (quyết định điều chỉnh): its number, date and signer. */
public record Decision(@Nullable String number, @Nullable LocalDate date, @Nullable String signer) {

    public Decision {
        number = number == null || number.isBlank() ? null : number.strip();
        signer = signer == null || signer.isBlank() ? null : signer.strip();
        TextLength.require("decisionNumber", number, TextLength.CODE);
        TextLength.require("signer", signer, TextLength.NAME);
    }
}
