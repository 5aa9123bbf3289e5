package vn.vientro.aid.dossier;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One upload of a dossier document: a new upload of the same type is the next version; older ones stay. */
public record DocumentVersion(long id, long itemId, String type, int version, long storedFileId, String fileName,
                              String contentType, long sizeBytes, @Nullable String note, String uploadedBy,
                              Instant uploadedAt) {
}
