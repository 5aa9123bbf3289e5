package vn.vientro.mobilisation.need;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.mobilisation.NeedAction;
import vn.vientro.mobilisation.NeedStatus;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.TextLength;

/** The catalogue of needs over the API, with the same roles and rules as the pages: a refused step answers 409. */
@RestController
@RequestMapping("/api/v1/catalogue-needs")
@Tag(name = "mobilisation", description = "The catalogue of projects calling for aid: needs, their workflow, files")
class NeedApiController {

    private final CatalogueNeeds needs;

    NeedApiController(CatalogueNeeds needs) {
        this.needs = needs;
    }

    @GetMapping
    @PreAuthorize(MobilisationPolicy.LIST)
    @Operation(summary = "Needs the caller may see, filtered, newest first; paged (page from 0). A proposer sees its "
            + "own agency's; FOCAL_POINT, APPRAISER and LEADER every submitted one")
    NeedPage list(@RequestParam(required = false) @Nullable NeedStatus status,
                  @RequestParam(required = false) @Nullable Long agency,
                  @RequestParam(required = false) @Nullable String priorityField,
                  @RequestParam(required = false) @Nullable String q,
                  @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        TextLength.require("q", q, TextLength.NAME);
        TextLength.require("priorityField", priorityField, TextLength.CODE);
        return needs.list(new NeedFilter(status, agency, priorityField, q, page, size));
    }

    @GetMapping("/{needId}")
    @Operation(summary = "One need, with the English texts still missing and the completeness in percent")
    NeedView get(@PathVariable long needId) {
        return needs.get(needId);
    }

    @PostMapping
    @PreAuthorize(MobilisationPolicy.PROPOSE)
    @Operation(summary = "Propose a need for the caller's agency, as a draft (AGENCY_OFFICER)")
    ResponseEntity<NeedView> propose(@Valid @RequestBody NeedInput request) {
        long id = needs.propose(request);
        return ResponseEntity.created(URI.create("/api/v1/catalogue-needs/" + id)).body(needs.get(id));
    }

    @PutMapping("/{needId}")
    @PreAuthorize(MobilisationPolicy.EDIT)
    @Operation(summary = "Change a draft or returned need of the caller's agency; 409 if the version is not current "
            + "or the need was submitted")
    NeedView update(@PathVariable long needId, @Valid @RequestBody NeedInput request) {
        needs.update(needId, request.version() == null ? -1 : request.version(), request);
        return needs.get(needId);
    }

    @GetMapping("/{needId}/transitions")
    @Operation(summary = "The steps the caller may take on the need now")
    List<String> available(@PathVariable long needId) {
        return needs.available(needId).stream().map(NeedAction::slug).toList();
    }

    @PostMapping("/{needId}/transitions/{action}")
    @PreAuthorize(MobilisationPolicy.MOVE)
    @Operation(summary = "Take a step: submit, return (reason), resubmit, accept (English complete; APPRAISER), "
            + "approve (decision number and date, English complete; LEADER), publish, fund (aidItemId; FOCAL_POINT), "
            + "withdraw (reason)")
    Map<String, Object> perform(@PathVariable long needId, @PathVariable String action,
                                @Valid @RequestBody TransitionRequest request) {
        NeedAction step = NeedAction.fromSlug(action).orElseThrow(() -> new NotFoundException("need action", action));
        needs.perform(needId, request.version() == null ? -1 : request.version(), step, request.step());
        return Map.of("id", needId, "status", needs.get(needId).status().name());
    }

    @GetMapping("/{needId}/timeline")
    @Operation(summary = "The need's steps, oldest first: who, when, why")
    List<NeedTimelineEntry> timeline(@PathVariable long needId) {
        return needs.timeline(needId);
    }

    @GetMapping("/{needId}/attachments")
    @Operation(summary = "The need's photos and papers")
    List<NeedAttachmentView> attachments(@PathVariable long needId) {
        return needs.attachments(needId);
    }

    @PostMapping(path = "/{needId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(MobilisationPolicy.EDIT)
    @Operation(summary = "Attach a photo or paper (PDF, DOCX, XLSX, PNG, JPEG, recognised from the content)")
    ResponseEntity<NeedAttachmentView> attach(@PathVariable long needId,
                                              @RequestParam(name = "file", required = false) @Nullable MultipartFile file)
            throws IOException {
        NeedAttachmentView attached = needs.attach(needId, NeedFiles.name(file), NeedFiles.bytes(file));
        return ResponseEntity.created(URI.create("/api/v1/catalogue-needs/" + needId + "/attachments/"
                + attached.id() + "/content")).body(attached);
    }

    @GetMapping("/{needId}/attachments/{attachmentId}/content")
    @Operation(summary = "Download an attachment")
    ResponseEntity<Resource> attachment(@PathVariable long needId, @PathVariable long attachmentId) {
        return NeedFiles.download(needs.file(needId, attachmentId));
    }

    @GetMapping("/{needId}/decision-file")
    @Operation(summary = "Download the scan of the decision that approved the need")
    ResponseEntity<Resource> decisionFile(@PathVariable long needId) {
        return NeedFiles.download(needs.decisionFile(needId));
    }

    /** A step's inputs; {@code version} is the need's version the caller saw. */
    record TransitionRequest(@Nullable Long version,
                             @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String reason,
                             @Size(max = TextLength.CODE, message = "{validation.tooLong}")
                             @Nullable String decisionNumber,
                             @Nullable LocalDate decisionDate,
                             @Nullable Long aidItemId) {

        NeedStep step() {
            return new NeedStep(reason, decisionNumber, decisionDate, null, aidItemId, null);
        }
    }
}
