package vn.vientro.aid.amendment;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** The approver's reason to reject a change request, as typed. */
public record RejectionForm(@Nullable Long version,
                            @Size(max = TextLength.TEXT, message = "{validation.tooLong}")
                            @Nullable String rejectionReason) {

    static RejectionForm blank() {
        return new RejectionForm(null, null);
    }
}
