package vn.vientro.monitoring.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
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
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.monitoring.ReportAction;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.TextLength;

/**
 * The aid owners' reports over the API, each addressed by the number of the duty it answers (a duty has one report):
 * the owner saves a draft, attaches the signed file and submits; a reviewer accepts or returns it.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "reports", description = "Aid owners' reports answering their reporting duties, and their review")
class ReportApiController {

    private final Reports reports;

    ReportApiController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping
    @PreAuthorize(MonitoringPolicy.LIST_DUTIES)
    @Operation(summary = "The latest 500 reports, newest first; an officer sees those of their agency's items")
    List<ReportRow> list(@RequestParam(required = false) @Nullable ReportStatus status) {
        return reports.list(status);
    }

    @GetMapping("/{dutyId}")
    @PreAuthorize(MonitoringPolicy.READ_REPORT)
    @Operation(summary = "The duty's report with every submitted version and decision; before the owner starts "
            + "one, the money and results the aid module records for the period")
    ReportView get(@Parameter(description = "The duty's number") @PathVariable long dutyId) {
        return reports.get(dutyId);
    }

    @PutMapping("/{dutyId}")
    @PreAuthorize(MonitoringPolicy.WRITE_REPORT)
    @Operation(summary = "Save the draft (the owner's officers); a figure that differs from the record needs its "
            + "reason; 409 if the version is not current or the report awaits a decision")
    ReportView save(@PathVariable long dutyId, @Valid @RequestBody ReportInput request) {
        reports.write(dutyId, request, null, false);
        return reports.get(dutyId);
    }

    @PostMapping(path = "/{dutyId}/signed-file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(MonitoringPolicy.WRITE_REPORT)
    @Operation(summary = "Attach the signed report (PDF, PNG or JPEG, recognised from the content) to the draft")
    ReportView attach(@PathVariable long dutyId, @RequestParam long version,
                      @RequestParam(name = "file", required = false) @Nullable MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "aid.files.empty");
        }
        String name = file.getOriginalFilename();
        reports.attach(dutyId, version, new Reports.Upload(name == null ? "" : name, file.getBytes()));
        return reports.get(dutyId);
    }

    @GetMapping("/{dutyId}/signed-file")
    @PreAuthorize(MonitoringPolicy.READ_REPORT)
    @Operation(summary = "Download the signed file of the report, or of one submitted version (its step's id)")
    ResponseEntity<Resource> signedFile(@PathVariable long dutyId,
                                        @RequestParam(required = false) @Nullable Long step) {
        return SignedFiles.download(reports.signedFile(dutyId, step));
    }

    @PostMapping("/{dutyId}/submit")
    @PreAuthorize(MonitoringPolicy.WRITE_REPORT)
    @Operation(summary = "Submit the saved report as a new version; it needs the activities and the signed file")
    ReportView submit(@PathVariable long dutyId, @Valid @RequestBody VersionRequest request) {
        reports.submit(dutyId, request.versionOrNone());
        return reports.get(dutyId);
    }

    @PostMapping("/{dutyId}/accept")
    @PreAuthorize(MonitoringPolicy.REVIEW_REPORT)
    @Operation(summary = "Accept the submitted version (the managing agency's officers, FOCAL_POINT)")
    ReportView accept(@PathVariable long dutyId, @Valid @RequestBody CommentsRequest request) {
        reports.decide(dutyId, request.version() == null ? -1 : request.version(), ReportAction.ACCEPT,
                request.comments());
        return reports.get(dutyId);
    }

    @PostMapping("/{dutyId}/return")
    @PreAuthorize(MonitoringPolicy.REVIEW_REPORT)
    @Operation(summary = "Return the submitted version with comments, for the owner to correct and submit again")
    ReportView giveBack(@PathVariable long dutyId, @Valid @RequestBody CommentsRequest request) {
        reports.decide(dutyId, request.version() == null ? -1 : request.version(), ReportAction.RETURN,
                request.comments());
        return reports.get(dutyId);
    }

    /** @param version the report's version the caller saw */
    record CommentsRequest(@Nullable Long version,
                           @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String comments) {
    }

    /** @param version the report's version the caller saw */
    record VersionRequest(@Nullable Long version) {

        long versionOrNone() {
            return Objects.requireNonNullElse(version, -1L);
        }
    }
}
