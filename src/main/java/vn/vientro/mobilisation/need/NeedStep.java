package vn.vientro.mobilisation.need;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a step of the workflow is given: a reason (required to return and to withdraw), the provincial decision that
 * approves (number, date, and its scan, uploaded with the step or kept before), the aid item that funds the need.
 */
public record NeedStep(@Nullable String reason, @Nullable String referenceNumber, @Nullable LocalDate referenceDate,
                       @Nullable Long fileId, @Nullable Long aidItemId, @Nullable Upload upload) {

    /** A file sent with the step (the decision's scan). */
    public record Upload(String fileName, byte[] content) {
    }

    public static NeedStep none() {
        return new NeedStep(null, null, null, null, null, null);
    }

    public static NeedStep because(String reason) {
        return new NeedStep(reason, null, null, null, null, null);
    }

    NeedStep withFile(long storedFileId) {
        return new NeedStep(reason, referenceNumber, referenceDate, storedFileId, aidItemId, null);
    }

    NeedStep cleaned() {
        return new NeedStep(text(reason), text(referenceNumber), referenceDate, fileId, aidItemId, upload);
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
