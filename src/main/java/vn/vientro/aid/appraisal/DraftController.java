package vn.vientro.aid.appraisal;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.vientro.aid.AidPolicy;

/** Downloads of the Word drafts. */
@Controller
@RequestMapping("/app/aid/items/{itemId}/drafts")
class DraftController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final AppraisalDrafts drafts;

    DraftController(AppraisalDrafts drafts) {
        this.drafts = drafts;
    }

    @GetMapping("/appraisal-report.docx")
    @PreAuthorize(AidPolicy.READ_DRAFTS)
    ResponseEntity<byte[]> appraisalReport(@PathVariable long itemId) {
        return docx(drafts.appraisalReport(itemId), "bao-cao-tham-dinh-" + itemId + ".docx");
    }

    @GetMapping("/decision.docx")
    @PreAuthorize(AidPolicy.READ_DRAFTS)
    ResponseEntity<byte[]> decision(@PathVariable long itemId) {
        return docx(drafts.decision(itemId), "quyet-dinh-phe-duyet-" + itemId + ".docx");
    }

    private static ResponseEntity<byte[]> docx(byte[] content, String name) {
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }
}
