package vn.vientro.aid.dossier;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.shared.InvalidInputException;

/** The dossier over the API, with the same checks as the tab: the checklist, uploads (multipart), downloads. */
@RestController
@RequestMapping("/api/v1/aid-items/{itemId}")
class DossierApiController {

    private final Dossier dossier;
    private final DecisionScans scans;
    private final AidFiles files;

    DossierApiController(Dossier dossier, DecisionScans scans, AidFiles files) {
        this.dossier = dossier;
        this.scans = scans;
        this.files = files;
    }

    /** The checklist for the item's kind, each document with its versions (newest first). */
    @GetMapping("/documents")
    Checklist checklist(@PathVariable long itemId) {
        DossierView view = dossier.checklist(itemId);
        Locale locale = LocaleContextHolder.getLocale();
        return new Checklist(itemId, view.kind().name(), view.status().name(),
                codes(view.missing(DocumentType.RequiredAt.SUBMISSION)),
                codes(view.missing(DocumentType.RequiredAt.DECISION)),
                view.lines().stream().map(line -> Entry.of(itemId, line, locale)).toList());
    }

    @PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(AidPolicy.UPLOAD)
    ResponseEntity<Version> upload(@PathVariable long itemId, @RequestParam(required = false) @Nullable String type,
                                   @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
                                   @RequestParam(required = false) @Nullable String note) throws IOException {
        if (type == null || type.isBlank()) {
            throw new InvalidInputException("type", "aid.dossier.type.required");
        }
        DocumentVersion version = dossier.upload(itemId, type, DossierController.name(file),
                DossierController.bytes(file), note);
        return ResponseEntity.created(URI.create("/api/v1/aid-items/" + itemId + "/documents/" + version.id()))
                .body(Version.of(itemId, version));
    }

    @GetMapping("/documents/{documentId}")
    Version version(@PathVariable long itemId, @PathVariable long documentId) {
        return Version.of(itemId, dossier.version(itemId, documentId));
    }

    @GetMapping("/documents/{documentId}/content")
    ResponseEntity<Resource> content(@PathVariable long itemId, @PathVariable long documentId) {
        return Downloads.of(dossier.download(itemId, documentId), files);
    }

    /** The item's decisions with their signed scans. */
    @GetMapping("/decision-scans")
    List<Scan> decisionScans(@PathVariable long itemId) {
        return scans.of(itemId).stream().map(scan -> Scan.of(itemId, scan)).toList();
    }

    @PostMapping(path = "/decision-scans/{decisionId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(AidPolicy.ATTACH_SCANS)
    Scan attachScan(@PathVariable long itemId, @PathVariable long decisionId,
                    @RequestParam(name = "file", required = false) @Nullable MultipartFile file) throws IOException {
        return Scan.of(itemId, scans.attach(itemId, decisionId, DossierController.name(file), DossierController.bytes(file)));
    }

    @GetMapping("/decision-scans/{decisionId}/content")
    ResponseEntity<Resource> scan(@PathVariable long itemId, @PathVariable long decisionId) {
        return Downloads.of(scans.download(itemId, decisionId), files);
    }

    private static List<String> codes(List<DossierView.Line> lines) {
        return lines.stream().map(line -> line.type().code()).toList();
    }

    /** The checklist: what is missing for submission and for the decision, then each document type. */
    record Checklist(long itemId, String kind, String status, List<String> missingForSubmission,
                     List<String> missingForDecision, List<Entry> documents) {
    }

    record Entry(String type, String name, String requiredAt, boolean required, String uploadedBy, boolean present,
                 boolean uploadable, String source, List<Version> versions) {

        static Entry of(long itemId, DossierView.Line line, Locale locale) {
            DocumentType type = line.type();
            return new Entry(type.code(), type.name(locale), type.requiredAt().name(), line.required(),
                    type.uploadedBy().name(), line.present(), line.uploadable(), type.source(),
                    line.versions().stream().map(version -> Version.of(itemId, version)).toList());
        }
    }

    record Version(long id, String type, int version, String fileName, String contentType, long sizeBytes,
                   @Nullable String note, String uploadedBy, Instant uploadedAt, String href) {

        static Version of(long itemId, DocumentVersion version) {
            return new Version(version.id(), version.type(), version.version(), version.fileName(),
                    version.contentType(), version.sizeBytes(), version.note(), version.uploadedBy(),
                    version.uploadedAt(), "/api/v1/aid-items/" + itemId + "/documents/" + version.id() + "/content");
        }
    }

    record Scan(long decisionId, String kind, @Nullable String number, LocalDate signedOn, @Nullable String fileName,
                @Nullable String href) {

        static Scan of(long itemId, DecisionScan scan) {
            return new Scan(scan.decisionId(), scan.kind(), scan.number(), scan.signedOn(), scan.scanName(),
                    scan.hasScan() ? "/api/v1/aid-items/" + itemId + "/decision-scans/" + scan.decisionId()
                            + "/content" : null);
        }
    }
}
