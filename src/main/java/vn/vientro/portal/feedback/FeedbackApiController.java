package vn.vientro.portal.feedback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.portal.FeedbackPolicy;
import vn.vientro.portal.feedback.FeedbackForms.AnswerForm;
import vn.vientro.portal.feedback.FeedbackForms.AssignForm;
import vn.vientro.portal.feedback.FeedbackForms.TriageForm;
import vn.vientro.portal.feedback.FeedbackForms.VersionForm;

import static vn.vientro.portal.feedback.FeedbackForms.version;

/** Community feedback over the API, with the same roles and rules as the staff's pages. */
@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = "portal", description = "Community feedback sent from the public portal")
class FeedbackApiController {

    private final FeedbackDesk desk;

    FeedbackApiController(FeedbackDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    @PreAuthorize(FeedbackPolicy.LIST)
    @Operation(summary = "Feedback, open and due first: all for the focal point and leaders, an agency's officers "
            + "what is assigned to their agency; without personal data")
    List<FeedbackRow> list(@RequestParam(required = false) @Nullable FeedbackStatus status,
                           @RequestParam(required = false) boolean overdue,
                           @RequestParam(required = false) @Nullable SubjectKind subject,
                           @RequestParam(required = false) @Nullable String q) {
        return desk.list(new FeedbackFilter(status, overdue, subject, q));
    }

    @GetMapping("/{feedbackId}")
    @PreAuthorize(FeedbackPolicy.READ)
    @Operation(summary = "One feedback, with its sender's name and contact unless sent anonymously")
    FeedbackView get(@PathVariable long feedbackId) {
        return desk.get(feedbackId);
    }

    @PostMapping("/{feedbackId}/triage")
    @PreAuthorize(FeedbackPolicy.TRIAGE)
    @Operation(summary = "Accept a feedback received, or reject it as SPAM or OUT_OF_SCOPE with a note "
            + "(FOCAL_POINT); 409 if the version is not current or it was triaged before")
    FeedbackView triage(@PathVariable long feedbackId, @Valid @RequestBody TriageForm request) {
        desk.triage(feedbackId, version(request.version()), request.decision(), request.rejection(),
                request.note());
        return desk.get(feedbackId);
    }

    @PostMapping("/{feedbackId}/assignment")
    @PreAuthorize(FeedbackPolicy.TRIAGE)
    @Operation(summary = "Assign a feedback to the agency that answers it; without agencyId, the item's owner or the "
            + "need's proposer (FOCAL_POINT)")
    FeedbackView assign(@PathVariable long feedbackId, @Valid @RequestBody AssignForm request) {
        desk.assign(feedbackId, version(request.version()), request.agencyId());
        return desk.get(feedbackId);
    }

    @PostMapping("/{feedbackId}/answer")
    @PreAuthorize(FeedbackPolicy.ANSWER)
    @Operation(summary = "Draft or revise the answer (an officer of the assigned agency, or FOCAL_POINT)")
    FeedbackView answer(@PathVariable long feedbackId, @Valid @RequestBody AnswerForm request) {
        desk.answer(feedbackId, version(request.version()), request.answer());
        return desk.get(feedbackId);
    }

    @PostMapping("/{feedbackId}/publication")
    @PreAuthorize(FeedbackPolicy.TRIAGE)
    @Operation(summary = "Publish the drafted answer on the portal, where its sender reads it with the codes "
            + "(FOCAL_POINT)")
    FeedbackView publish(@PathVariable long feedbackId, @Valid @RequestBody VersionForm request) {
        desk.publish(feedbackId, version(request.version()));
        return desk.get(feedbackId);
    }
}
