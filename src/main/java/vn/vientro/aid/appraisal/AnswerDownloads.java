package vn.vientro.aid.appraisal;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.vientro.aid.files.AidFiles;

/** An answer's file as a download: always an attachment, never rendered by the browser, never cached. */
final class AnswerDownloads {

    private AnswerDownloads() {
    }

    static ResponseEntity<Resource> of(AnswerFile answer, AidFiles files) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(answer.file().contentType()))
                .contentLength(answer.file().sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(answer.downloadName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(new InputStreamResource(files.open(answer.file().id())));
    }
}
