package vn.vientro.aid.files;

import java.time.Instant;
import java.util.Locale;

/**
 * A file kept by {@link AidFiles}: its content's SHA-256, size, the type read from the content and the name it was
 * first uploaded under. The same bytes uploaded again (by anyone, for any item) give this same file, so a caller keeps
 * the name of its own upload beside the file id and offers that name on download.
 */
public record StoredFile(long id, String sha256, long sizeBytes, String contentType, String originalName,
                         String storedBy, Instant storedAt) {

    public FileType type() {
        return FileType.ofMediaType(contentType);
    }

    /**
     * The name to offer on download: the given name with the extension of the real content, so a PDF uploaded as
     * {@code scan.exe} downloads as {@code scan.exe.pdf}.
     */
    public String downloadName(String name) {
        String extension = type().extension();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean matches = lower.endsWith("." + extension) || (type() == FileType.JPEG && lower.endsWith(".jpeg"));
        return matches ? name : name + "." + extension;
    }
}
