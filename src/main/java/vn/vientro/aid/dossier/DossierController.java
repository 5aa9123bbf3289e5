package vn.vientro.aid.dossier;

import java.io.IOException;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.InvalidInputException;

/**
 * Uploads and downloads of the dossier tab. An upload answers with a redirect to the tab (303): on success with a
 * notice, on refusal with the reason shown at the file field of that document, the note kept.
 */
@Controller
@RequestMapping("/app/aid/items/{itemId}/dossier")
class DossierController {

    private final Dossier dossier;
    private final DecisionScans scans;
    private final AidFiles files;
    private final MessageSource messages;

    DossierController(Dossier dossier, DecisionScans scans, AidFiles files, MessageSource messages) {
        this.dossier = dossier;
        this.scans = scans;
        this.files = files;
        this.messages = messages;
    }

    /** A refused upload: which form (a document type or {@code decision-<id>}), why, and the note typed. */
    record UploadError(String target, @Nullable String field, String message, @Nullable String note)
            implements Serializable {
    }

    @PostMapping("/documents/{type}")
    @PreAuthorize(AidPolicy.UPLOAD)
    String upload(@PathVariable long itemId, @PathVariable String type,
                  @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
                  @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect)
            throws IOException {
        try {
            dossier.upload(itemId, type, name(file), bytes(file), note);
            redirect.addFlashAttribute("flashSuccess", "aid.dossier.uploaded");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("dossierError", error(type, e, note));
        }
        return "redirect:/app/aid/items/" + itemId + "?tab=dossier";
    }

    /** What the tab's several-files panel receives for each file it sends: stored, or why not, in words. */
    record UploadAnswer(boolean stored, String message) {
    }

    /**
     * The same upload for the tab's several-files panel, which sends one file at a time in the background and shows
     * its progress: it asks for JSON and gets the outcome instead of a redirect.
     */
    @PostMapping(path = "/documents/{type}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(AidPolicy.UPLOAD)
    ResponseEntity<UploadAnswer> uploadInBackground(@PathVariable long itemId, @PathVariable String type,
                                                    @RequestParam(name = "file", required = false)
                                                    @Nullable MultipartFile file) throws IOException {
        try {
            dossier.upload(itemId, type, name(file), bytes(file), null);
            return ResponseEntity.ok(new UploadAnswer(true, messages.getMessage("aid.dossier.uploadedFile",
                    new Object[] {name(file)}, LocaleContextHolder.getLocale())));
        } catch (BusinessRuleException e) {
            // answered as the page's forms answer a refusal, with 200 and the reason: the API says 422
            return ResponseEntity.ok(new UploadAnswer(false, error(type, e, null).message()));
        }
    }

    @GetMapping("/documents/{documentId}/content")
    ResponseEntity<Resource> document(@PathVariable long itemId, @PathVariable long documentId) {
        return Downloads.of(dossier.download(itemId, documentId), files);
    }

    @PostMapping("/decisions/{decisionId}/scan")
    @PreAuthorize(AidPolicy.ATTACH_SCANS)
    String attachScan(@PathVariable long itemId, @PathVariable long decisionId,
                      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
                      RedirectAttributes redirect) throws IOException {
        try {
            scans.attach(itemId, decisionId, name(file), bytes(file));
            redirect.addFlashAttribute("flashSuccess", "aid.dossier.scan.attached");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("dossierError", error("decision-" + decisionId, e, null));
        }
        return "redirect:/app/aid/items/" + itemId + "?tab=dossier";
    }

    @GetMapping("/decisions/{decisionId}/scan")
    ResponseEntity<Resource> scan(@PathVariable long itemId, @PathVariable long decisionId) {
        return Downloads.of(scans.download(itemId, decisionId), files);
    }

    private UploadError error(String target, BusinessRuleException e, @Nullable String note) {
        return new UploadError(target, e.field(), messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                LocaleContextHolder.getLocale()), note);
    }

    static String name(@Nullable MultipartFile file) {
        String name = file == null ? null : file.getOriginalFilename();
        return name == null ? "" : name;
    }

    /** No file chosen reads as an empty file, which the store refuses at the field. */
    static byte[] bytes(@Nullable MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "aid.files.empty");
        }
        return file.getBytes();
    }
}
