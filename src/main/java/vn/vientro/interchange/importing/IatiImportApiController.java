package vn.vientro.interchange.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.vientro.interchange.InterchangePolicy;
import vn.vientro.shared.InvalidInputException;

/** Imports of IATI activity files over the API: upload, follow the job, read its report and merge preview. */
@RestController
@RequestMapping(IatiImportApiController.PATH)
@Tag(name = "iati", description = "The province's open data as IATI 2.03 files")
class IatiImportApiController {

    static final String PATH = "/api/v1/iati/imports";

    private final IatiImports imports;

    IatiImportApiController(IatiImports imports) {
        this.imports = imports;
    }

    /** A job with a page of its activities and, once read, their merge preview. */
    record JobAnswer(ImportJobView job, List<ActivityRow> activities, List<ActivityMerge.Preview> preview,
                     CrossCheck.Result crossCheck) {
    }

    /** Choices by activity id and field name ({@code KEEP}, {@code TAKE}, {@code BOTH} for lists), and whether to write. */
    record DecisionsRequest(@Nullable Map<Long, Map<String, String>> decisions, boolean apply) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(InterchangePolicy.IMPORT)
    @Operation(summary = "Upload an IATI 2.01-2.03 activity file (at most 100 MB): it is read in the background; "
            + "follow the job it answers until its status is READ, DONE or FAILED")
    ResponseEntity<ImportJobView> upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "interchange.import.file.noFile");
        }
        try (InputStream content = file.getInputStream()) {
            long id = imports.upload(IatiImportController.displayName(file), content);
            return ResponseEntity.accepted().location(URI.create("/api/v1/iati/imports/" + id)).body(imports.job(id));
        }
    }

    /** The address of an IATI activity file for the server to fetch. */
    record AddressRequest(@Nullable @Size(max = IatiImports.MAX_ADDRESS, message = "{validation.tooLong}") String url) {
    }

    @PostMapping(path = "/from-address", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(InterchangePolicy.IMPORT_FROM_ADDRESS)
    @Operation(summary = "Import an IATI activity file the server fetches from a public http(s) address (administrators "
            + "only; at most 100 MB and 60 s, redirects followed only to public addresses): read in the background as "
            + "an upload; follow the job it answers")
    ResponseEntity<ImportJobView> fetch(@Valid @RequestBody AddressRequest request) throws IOException {
        if (request.url() == null || request.url().isBlank()) {
            throw new InvalidInputException("url", "interchange.import.url.required");
        }
        long id = imports.fetch(request.url());
        return ResponseEntity.accepted().location(URI.create("/api/v1/iati/imports/" + id)).body(imports.job(id));
    }

    @GetMapping("/{id}")
    @PreAuthorize(InterchangePolicy.IMPORT)
    @Operation(summary = "An import: progress, counts, the file's version, where reading stopped if it did, a page of "
            + "its activities (each with its line, the schema's errors, the aid item it matches and the outcome), "
            + "their merge preview, and the compliance cross-check (activities concerning the province without an "
            + "approved aid item, reported disbursements differing from ours)")
    JobAnswer job(@PathVariable long id, @RequestParam(defaultValue = "false") boolean refusedOnly,
                  @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        ImportJobView job = imports.job(id);
        return new JobAnswer(job, imports.activities(id, refusedOnly, offset, limit),
                job.awaitingDecisions() || job.done() ? imports.previews(id, offset, Math.min(limit, 200)) : List.of(),
                imports.crossCheck(id));
    }

    @PostMapping("/{id}/decisions")
    @PreAuthorize(InterchangePolicy.IMPORT)
    @Operation(summary = "Record choices of the merge preview (by activity id, then field: KEEP ours, TAKE theirs, "
            + "BOTH for the sectors list) and, with apply, start writing: new activities become dossier drafts, "
            + "matched ones are updated through the aid module's rules; follow the job until DONE")
    ResponseEntity<ImportJobView> decide(@PathVariable long id, @RequestBody DecisionsRequest request) {
        ImportJobView job = imports.decide(id, request.decisions() == null ? Map.of() : request.decisions(),
                request.apply());
        return request.apply() ? ResponseEntity.accepted().body(job) : ResponseEntity.ok(job);
    }
}
