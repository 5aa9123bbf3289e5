package vn.vientro.aid.files;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A kept file as a download, the one way every module answers one: always an attachment, never rendered by the
 * browser (a scan with a script inside stays inert), never cached, with the type read from the content when it was
 * uploaded.
 */
public final class FileDownloads {

    private FileDownloads() {
    }

    /** @param name the name to offer, usually {@link StoredFile#downloadName(String)} of the caller's own upload */
    public static ResponseEntity<Resource> attachment(StoredFile file, String name, Resource content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(content);
    }
}
