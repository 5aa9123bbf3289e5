package vn.vientro.monitoring.chasing;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vientro.monitoring.MonitoringPolicy;

/** The reminder letter to one owner about its overdue reports, downloaded from the list of duties filtered by owner. */
@Controller
class ReminderLetterController {

    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ReminderLetters letters;

    ReminderLetterController(ReminderLetters letters) {
        this.letters = letters;
    }

    @GetMapping("/app/monitoring/duties/reminder-letter")
    @PreAuthorize(MonitoringPolicy.DRAFT_REMINDERS)
    ResponseEntity<Resource> download(@RequestParam long owner) {
        byte[] letter = letters.draft(owner);
        return ResponseEntity.ok().contentType(DOCX).contentLength(letter.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cong-van-don-doc-" + owner + ".docx", StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(new ByteArrayResource(letter));
    }
}
