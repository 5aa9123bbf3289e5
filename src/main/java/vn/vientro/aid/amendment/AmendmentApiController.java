package vn.vientro.aid.amendment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.item.AidItemDetails;
import vn.vientro.aid.item.DetailsJson;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.TextLength;

/**
 * Change requests and versions over the API. A request is the proposed description in the item API's shape with
 * {@code version} (the item's version the caller saw) and {@code reason} beside its fields.
 */
@RestController
@RequestMapping("/api/v1/aid-items/{itemId}")
class AmendmentApiController {

    private final Amendments amendments;
    private final ItemHistory history;

    AmendmentApiController(Amendments amendments, ItemHistory history) {
        this.amendments = amendments;
        this.history = history;
    }

    @GetMapping("/amendments")
    List<Amendment> list(@PathVariable long itemId) {
        return amendments.list(itemId);
    }

    @GetMapping("/amendments/{amendmentId}")
    Amendment get(@PathVariable long itemId, @PathVariable long amendmentId) {
        return amendments.get(itemId, amendmentId);
    }

    @PostMapping("/amendments")
    @PreAuthorize(AidPolicy.REQUEST_AMENDMENT)
    ResponseEntity<Map<String, Object>> propose(@PathVariable long itemId, @RequestBody JsonNode body) {
        JsonNode version = body.get("version");
        if (version == null || !version.canConvertToLong()) {
            throw new InvalidInputException("version", "aid.api.version.required");
        }
        AidItemDetails proposed = DetailsJson.read(body);
        JsonNode reason = body.get("reason");
        Amendment amendment = amendments.propose(itemId, version.asLong(), proposed,
                reason == null || reason.isNull() ? null : reason.asString());
        return ResponseEntity.created(URI.create("/api/v1/aid-items/" + itemId + "/amendments/" + amendment.id()))
                .body(Map.of("id", amendment.id(), "status", amendment.status().name(),
                        "substantive", amendment.substantive(), "extension", amendment.extension(),
                        "changedFields", amendment.changedFields(), "needApproval", amendment.needApproval()));
    }

    @PostMapping("/amendments/{amendmentId}/approve")
    @PreAuthorize(AidPolicy.DECIDE_AMENDMENT)
    Amendment approve(@PathVariable long itemId, @PathVariable long amendmentId,
                      @Valid @RequestBody DecisionRequest request) {
        return amendments.approve(itemId, amendmentId, request.version(),
                new Decision(request.decisionNumber(), request.decisionDate(), request.signer()));
    }

    @PostMapping("/amendments/{amendmentId}/reject")
    @PreAuthorize(AidPolicy.DECIDE_AMENDMENT)
    Amendment reject(@PathVariable long itemId, @PathVariable long amendmentId,
                     @Valid @RequestBody DecisionRequest request) {
        return amendments.reject(itemId, amendmentId, request.version(), request.reason());
    }

    @PostMapping("/amendments/{amendmentId}/note")
    @PreAuthorize(AidPolicy.NOTE_AMENDMENT)
    Amendment note(@PathVariable long itemId, @PathVariable long amendmentId,
                   @Valid @RequestBody DecisionRequest request) {
        return amendments.note(itemId, amendmentId, request.version(), request.note());
    }

    @GetMapping("/versions")
    List<ItemVersion> versions(@PathVariable long itemId) {
        return history.versions(itemId);
    }

    @GetMapping("/versions/compare")
    @PreAuthorize(AidPolicy.READ)
    Comparison compare(@PathVariable long itemId, @RequestParam int from, @RequestParam int to) {
        return history.compare(itemId, from, to);
    }

    /**
     * What the approver or the appraisal lead gives on a request; {@code version} is the request's version the caller
     * saw (optional).
     */
    record DecisionRequest(@Nullable Long version,
                           @Size(max = TextLength.CODE, message = "{validation.tooLong}")
                           @Nullable String decisionNumber,
                           @Nullable LocalDate decisionDate,
                           @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String signer,
                           @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String reason,
                           @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String note) {
    }
}
