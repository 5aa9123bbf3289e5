package vn.vientro.monitoring.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
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
import vn.vientro.shared.InvalidInputException;

/** Mid-term and final evaluations of approved aid items over the API, with their OECD-DAC ratings and report file. */
@RestController
@RequestMapping("/api/v1/evaluations")
@Tag(name = "evaluations", description = "Mid-term and final evaluations of approved aid items")
class EvaluationApiController {

    private final Evaluations evaluations;

    EvaluationApiController(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping
    @PreAuthorize(MonitoringPolicy.LIST_EVALUATIONS)
    @Operation(summary = "Evaluations, newest first; an officer sees those of the items their agency owns or manages")
    EvaluationPage list(@Parameter(description = "One aid item") @RequestParam(required = false) @Nullable Long item,
                        @RequestParam(required = false) @Nullable EvaluationKind kind,
                        @Parameter(description = "An agency that owns or manages the items")
                        @RequestParam(required = false) @Nullable Long owner,
                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return evaluations.list(new EvaluationFilter(item, kind, owner, page, size));
    }

    @GetMapping("/{evaluationId}")
    @PreAuthorize(MonitoringPolicy.READ_EVALUATION)
    @Operation(summary = "One evaluation with a line per criterion, those not judged without rating or comment")
    EvaluationView get(@PathVariable long evaluationId) {
        return evaluations.get(evaluationId);
    }

    @PostMapping
    @PreAuthorize(MonitoringPolicy.RECORD_EVALUATION)
    @Operation(summary = "Record an evaluation of an approved item (FOCAL_POINT, or the item owner's officers)")
    ResponseEntity<EvaluationView> record(@Valid @RequestBody EvaluationInput request) {
        long id = evaluations.record(request, null);
        return ResponseEntity.created(URI.create("/api/v1/evaluations/" + id)).body(evaluations.get(id));
    }

    @PutMapping("/{evaluationId}")
    @PreAuthorize(MonitoringPolicy.EDIT_EVALUATION)
    @Operation(summary = "Correct an evaluation (its item stays); 409 if the version is not current")
    EvaluationView update(@PathVariable long evaluationId, @Valid @RequestBody EvaluationInput request) {
        evaluations.update(evaluationId, request, null);
        return evaluations.get(evaluationId);
    }

    @PostMapping(path = "/{evaluationId}/report-file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(MonitoringPolicy.EDIT_EVALUATION)
    @Operation(summary = "Attach the evaluation report (PDF or DOCX, recognised from the content)")
    EvaluationView attach(@PathVariable long evaluationId, @RequestParam long version,
                          @RequestParam(name = "file", required = false) @Nullable MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "aid.files.empty");
        }
        String name = file.getOriginalFilename();
        evaluations.attachReport(evaluationId, version, new Evaluations.Upload(name == null ? "" : name,
                file.getBytes()));
        return evaluations.get(evaluationId);
    }

    @GetMapping("/{evaluationId}/report-file")
    @PreAuthorize(MonitoringPolicy.READ_EVALUATION)
    @Operation(summary = "Download the evaluation report")
    ResponseEntity<Resource> reportFile(@PathVariable long evaluationId) {
        return evaluations.reportFile(evaluationId).attachment();
    }
}
