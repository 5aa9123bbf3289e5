package vn.vientro.monitoring.inspection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
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
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.shared.InvalidInputException;

/**
 * An inspection's findings and recommendations over the API. Findings are confidential until the inspection is
 * concluded: before, only its team and the leaders read them; after, the inspected owner too.
 */
@RestController
@RequestMapping("/api/v1/inspections/{inspectionId}")
@Tag(name = "inspections")
class FindingApiController {

    private final Findings findings;
    private final ProposalLetters proposals;
    private final Outcomes outcomes;

    FindingApiController(Findings findings, ProposalLetters proposals, Outcomes outcomes) {
        this.findings = findings;
        this.proposals = proposals;
        this.outcomes = outcomes;
    }

    @PostMapping("/findings/{findingId}/outcomes")
    @PreAuthorize(MonitoringPolicy.DECIDE_OUTCOME)
    @Operation(summary = "Carry a finding's outcome to its owner: suspend the aid item inspected (LEADER, by the "
            + "aid lifecycle's rules) or put the NGO inspected or the item's donor under inspection (FOCAL_POINT)")
    ResponseEntity<Void> decide(@PathVariable long inspectionId, @PathVariable long findingId,
                                @Valid @RequestBody OutcomeInput request) {
        outcomes.decide(inspectionId, findingId, request);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/findings/{findingId}/mofa-proposal")
    @PreAuthorize(MonitoringPolicy.DRAFT_PROPOSAL)
    @Operation(summary = "Draft the proposal to the Ministry of Foreign Affairs to suspend the NGO inspected (or the "
            + "item's donor) or revoke its paper, on a finding of a concluded inspection (.docx; FOCAL_POINT, LEADER)")
    ResponseEntity<Resource> proposal(@PathVariable long inspectionId, @PathVariable long findingId,
                                      @RequestParam ProposalMeasure measure) {
        return FindingController.letter(proposals.draft(inspectionId, findingId, measure), inspectionId, measure);
    }

    @GetMapping("/findings")
    @PreAuthorize(MonitoringPolicy.READ_FINDINGS)
    @Operation(summary = "The findings with their evidence and recommendations; before the conclusion only the "
            + "team and LEADER read them, after it every reader of the inspection")
    List<FindingView> list(@PathVariable long inspectionId) {
        return findings.list(inspectionId);
    }

    @PostMapping("/findings")
    @PreAuthorize(MonitoringPolicy.WORK_INSPECTION)
    @Operation(summary = "Record a finding (the team's staff, while the inspection is under way)")
    ResponseEntity<List<FindingView>> record(@PathVariable long inspectionId,
                                             @Valid @RequestBody FindingInput request) {
        findings.record(inspectionId, request, null);
        return ResponseEntity.status(HttpStatus.CREATED).body(findings.list(inspectionId));
    }

    @PostMapping(path = "/findings/{findingId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(MonitoringPolicy.WORK_INSPECTION)
    @Operation(summary = "Attach a piece of evidence to a finding (a file of an accepted type, recognised from "
            + "its content)")
    List<FindingView> attach(@PathVariable long inspectionId, @PathVariable long findingId,
                             @RequestParam(name = "file", required = false) @Nullable MultipartFile file)
            throws IOException {
        Findings.Upload upload = FindingController.upload(file);
        if (upload == null) {
            throw new InvalidInputException("file", "aid.files.empty");
        }
        findings.attach(inspectionId, findingId, upload);
        return findings.list(inspectionId);
    }

    @GetMapping("/findings/{findingId}/evidence/{fileId}")
    @PreAuthorize(MonitoringPolicy.READ_FINDINGS)
    @Operation(summary = "Download a piece of evidence of a finding")
    ResponseEntity<Resource> evidence(@PathVariable long inspectionId, @PathVariable long findingId,
                                      @PathVariable long fileId) {
        return FindingController.download(findings.evidence(inspectionId, findingId, fileId));
    }

    @PostMapping("/findings/{findingId}/recommendations")
    @PreAuthorize(MonitoringPolicy.WORK_INSPECTION)
    @Operation(summary = "Make a recommendation on a finding, to an agency (its id) by a deadline")
    ResponseEntity<List<FindingView>> recommend(@PathVariable long inspectionId, @PathVariable long findingId,
                                                @Valid @RequestBody RecommendationInput request) {
        findings.recommend(inspectionId, findingId, request);
        return ResponseEntity.status(HttpStatus.CREATED).body(findings.list(inspectionId));
    }

    @PostMapping("/recommendations/{recommendationId}/follow-up")
    @PreAuthorize(MonitoringPolicy.FOLLOW_UP)
    @Operation(summary = "Record the follow-up of a recommendation, once the inspection is concluded (the team, "
            + "FOCAL_POINT, the inspected owner's officers)")
    List<FindingView> followUp(@PathVariable long inspectionId, @PathVariable long recommendationId,
                               @Valid @RequestBody FollowUpInput request) {
        findings.followUp(inspectionId, recommendationId, request);
        return findings.list(inspectionId);
    }
}
