package vn.vientro.aid.amendment;

import org.jspecify.annotations.Nullable;

/** The approver's reason to reject a change request, as typed. */
public record RejectionForm(@Nullable Long version, @Nullable String rejectionReason) {

    static RejectionForm blank() {
        return new RejectionForm(null, null);
    }
}
