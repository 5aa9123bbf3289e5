package vn.vientro.mobilisation.need;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import vn.vientro.shared.InvalidInputException;

/**
 * Uploads and downloads of a need's files, for the pages and the API alike. A download is always an attachment, never
 * rendered by the browser, with the type read from the content when it was uploaded.
 */
final class NeedFiles {

    private NeedFiles() {
    }

    static String name(@Nullable MultipartFile file) {
        String name = file == null ? null : file.getOriginalFilename();
        return name == null ? "" : name;
    }

    /** No file chosen reads as an empty file, refused at the field. */
    static byte[] bytes(@Nullable MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "aid.files.empty");
        }
        return file.getBytes();
    }

    static ResponseEntity<Resource> download(NeedFile needFile) {
        byte[] content = needFile.content();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(needFile.file().contentType()))
                .contentLength(content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(needFile.downloadName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(new ByteArrayResource(content));
    }
}
