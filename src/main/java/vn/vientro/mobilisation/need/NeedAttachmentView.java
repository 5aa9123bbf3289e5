package vn.vientro.mobilisation.need;

import java.time.Instant;

/** A photo or paper of a need. */
public record NeedAttachmentView(long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
                                 Instant uploadedAt) {

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
