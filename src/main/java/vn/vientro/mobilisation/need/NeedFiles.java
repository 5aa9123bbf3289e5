package vn.vientro.mobilisation.need;

import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.aid.files.FileDownloads;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.InvalidInputException;

/**
 * Uploads and downloads of a need's files and of a plan activity's (kept the same way), for the pages and the API. A
 * download is always an attachment, never rendered by the browser, with the type read from the content when it was
 * uploaded.
 */
public final class NeedFiles {

    private NeedFiles() {
    }

    public static String name(@Nullable MultipartFile file) {
        String name = file == null ? null : file.getOriginalFilename();
        return name == null ? "" : name;
    }

    /** No file chosen reads as an empty file, refused at the field. */
    public static byte[] bytes(@Nullable MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "aid.files.empty");
        }
        return file.getBytes();
    }

    /** Keeps a refused upload's message for the page the browser is sent back to, at the file field. */
    public static void keepRefusal(RedirectAttributes redirect, BusinessRuleException refused) {
        // the key and its arguments travel in the session, which keeps what is serializable only
        redirect.addFlashAttribute("attachmentErrorKey", refused.messageKey());
        redirect.addFlashAttribute("attachmentErrorArguments", Arrays.stream(refused.arguments())
                .map(String::valueOf).toArray(String[]::new));
    }

    public static ResponseEntity<Resource> download(NeedFile needFile) {
        return FileDownloads.attachment(needFile.file(), needFile.downloadName(),
                new ByteArrayResource(needFile.content()));
    }
}
