package vn.vientro.mobilisation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static vn.vientro.mobilisation.NeedStatus.ACCEPTED;
import static vn.vientro.mobilisation.NeedStatus.APPROVED;
import static vn.vientro.mobilisation.NeedStatus.DRAFT;
import static vn.vientro.mobilisation.NeedStatus.FUNDED;
import static vn.vientro.mobilisation.NeedStatus.PUBLISHED;
import static vn.vientro.mobilisation.NeedStatus.RETURNED;
import static vn.vientro.mobilisation.NeedStatus.SUBMITTED;
import static vn.vientro.mobilisation.NeedStatus.WITHDRAWN;

/** A step of a need's workflow: the states it starts from and the one it leads to. */
public enum NeedAction {
    SUBMIT(EnumSet.of(DRAFT), SUBMITTED),
    RETURN(EnumSet.of(SUBMITTED), RETURNED),
    RESUBMIT(EnumSet.of(RETURNED), SUBMITTED),
    ACCEPT(EnumSet.of(SUBMITTED), ACCEPTED),
    APPROVE(EnumSet.of(ACCEPTED), APPROVED),
    PUBLISH(EnumSet.of(APPROVED), PUBLISHED),
    FUND(EnumSet.of(APPROVED, PUBLISHED), FUNDED),
    WITHDRAW(EnumSet.of(DRAFT, SUBMITTED, RETURNED, ACCEPTED, APPROVED, PUBLISHED), WITHDRAWN);

    private final Set<NeedStatus> from;
    private final NeedStatus to;

    NeedAction(Set<NeedStatus> from, NeedStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(NeedStatus status) {
        return from.contains(status);
    }

    public NeedStatus to() {
        return to;
    }

    /** A written reason is required: the proposer must learn why it was returned, and a withdrawal stays explained. */
    public boolean needsReason() {
        return this == RETURN || this == WITHDRAW;
    }

    /** Accepting into the compiled list and approving it publish the need bilingually (seed 004 §2.2). */
    public boolean needsEnglish() {
        return this == ACCEPT || this == APPROVE;
    }

    /** A need is approved only with the catalogue version that lists it, by that version's decision. */
    public boolean takenInCatalogue() {
        return this == APPROVE;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NeedAction> fromSlug(String slug) {
        return Arrays.stream(values()).filter(action -> action.slug().equals(slug)).findFirst();
    }
}
