package vn.vientro.aid.appraisal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.audit.ReadChannel;

/** Opinions over the API, under the same rules as the pages (confidential ones only for those who may read them). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "aid-appraisal", description = "Opinions of other agencies on aid items under appraisal")
class OpinionApiController {

    private final Appraisals appraisals;
    private final AidFiles files;

    OpinionApiController(Appraisals appraisals, AidFiles files) {
        this.appraisals = appraisals;
        this.files = files;
    }

    @GetMapping("/aid-items/{itemId}/opinions")
    @Operation(summary = "The item's opinion requests the caller may see")
    List<OpinionRequestView> list(@PathVariable long itemId) {
        return appraisals.opinions(itemId, ReadChannel.API);
    }

    @GetMapping("/aid-items/{itemId}/opinions/proposal")
    @Operation(summary = "The agencies normally asked for this item and not asked yet (APPRAISER)")
    @PreAuthorize(AidPolicy.ASK_OPINIONS)
    List<ProposedRequest> proposal(@PathVariable long itemId) {
        return appraisals.proposal(itemId);
    }

    @PostMapping("/aid-items/{itemId}/opinions")
    @Operation(summary = "Ask one or more agencies for their opinion (APPRAISER, item under appraisal)")
    @PreAuthorize(AidPolicy.ASK_OPINIONS)
    ResponseEntity<List<OpinionRequestView>> request(@PathVariable long itemId,
                                                     @Valid @RequestBody RequestBodyJson body) {
        List<Long> ids = appraisals.request(itemId, body.askedOn(), body.requests() == null ? List.of() : body.requests());
        List<OpinionRequestView> created = appraisals.opinions(itemId, ReadChannel.API).stream()
                .filter(opinion -> ids.contains(opinion.id())).toList();
        return ResponseEntity.created(URI.create("/api/v1/aid-items/" + itemId + "/opinions")).body(created);
    }

    @PostMapping(path = "/aid-items/{itemId}/opinions/{opinionId}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Answer for the caller's agency, or record a written reply (APPRAISER)")
    @PreAuthorize(AidPolicy.ANSWER)
    OpinionRequestView answer(@PathVariable long itemId, @PathVariable long opinionId,
                              @Valid @RequestBody OpinionReply reply) {
        return appraisals.answer(itemId, opinionId, reply);
    }

    @PostMapping(path = "/aid-items/{itemId}/opinions/{opinionId}/answer",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Answer with the written reply attached (parts answer, answerText, answeredOn, file)")
    @PreAuthorize(AidPolicy.ANSWER)
    OpinionRequestView answerWithFile(@PathVariable long itemId, @PathVariable long opinionId,
                                      @ModelAttribute AnswerForm form) {
        return appraisals.answer(itemId, opinionId, form.toReply(), form.attachment());
    }

    @GetMapping("/aid-items/{itemId}/opinions/{opinionId}/file")
    @Operation(summary = "The written reply attached to an answer")
    ResponseEntity<Resource> file(@PathVariable long itemId, @PathVariable long opinionId) {
        return AnswerDownloads.of(appraisals.answerFile(itemId, opinionId, ReadChannel.API), files);
    }

    @DeleteMapping("/aid-items/{itemId}/opinions/{opinionId}")
    @Operation(summary = "Withdraw a request not yet answered (APPRAISER)")
    @PreAuthorize(AidPolicy.ASK_OPINIONS)
    ResponseEntity<Void> withdraw(@PathVariable long itemId, @PathVariable long opinionId) {
        appraisals.withdraw(itemId, opinionId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/opinions/mine")
    @Operation(summary = "The requests asked of the caller's agency, awaited first")
    List<OpinionRequestView> mine() {
        return appraisals.toGive(ReadChannel.API);
    }

    /** Agencies to ask, in a letter dated {@code askedOn} (today when absent). */
    record RequestBodyJson(@Nullable LocalDate askedOn, @Nullable List<NewOpinionRequest> requests) {
    }
}
