package vn.vientro.aid.amendment;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.shared.InvalidInputException;

/**
 * Change requests and versions over the API. A request is the proposed description in the item API's shape with
 * {@code version} (the item's version the caller saw) and {@code reason} beside its fields.
 */
@RestController
@RequestMapping("/api/v1/aid-items/{id}")
class AmendmentApiController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Amendments amendments;
    private final ItemHistory history;

    AmendmentApiController(Amendments amendments, ItemHistory history) {
        this.amendments = amendments;
        this.history = history;
    }

    @GetMapping("/amendments")
    List<Amendment> list(@PathVariable long id) {
        return amendments.list(id);
    }

    @GetMapping("/amendments/{amendmentId}")
    Amendment get(@PathVariable long id, @PathVariable long amendmentId) {
        return amendments.get(id, amendmentId);
    }

    @PostMapping("/amendments")
    ResponseEntity<Map<String, Object>> propose(@PathVariable long id, @RequestBody JsonNode body) {
        JsonNode version = body.get("version");
        if (version == null || !version.canConvertToLong()) {
            throw new InvalidInputException("version", "aid.api.version.required");
        }
        Description proposed;
        try {
            proposed = JSON.treeToValue(body, Description.class);
        } catch (JacksonException e) {
            throw new InvalidInputException("proposed", "aid.amendment.unreadable");
        }
        JsonNode reason = body.get("reason");
        Amendment amendment = amendments.propose(id, version.asLong(), proposed,
                reason == null || reason.isNull() ? null : reason.asString());
        return ResponseEntity.created(URI.create("/api/v1/aid-items/" + id + "/amendments/" + amendment.id()))
                .body(Map.of("id", amendment.id(), "status", amendment.status().name(),
                        "substantive", amendment.substantive(), "extension", amendment.extension(),
                        "changedFields", amendment.changedFields(), "needApproval", amendment.needApproval()));
    }

    @PostMapping("/amendments/{amendmentId}/approve")
    Amendment approve(@PathVariable long id, @PathVariable long amendmentId, @RequestBody DecisionRequest request) {
        return amendments.approve(id, amendmentId, request.version(),
                new Decision(request.decisionNumber(), request.decisionDate(), request.signer()));
    }

    @PostMapping("/amendments/{amendmentId}/reject")
    Amendment reject(@PathVariable long id, @PathVariable long amendmentId, @RequestBody DecisionRequest request) {
        return amendments.reject(id, amendmentId, request.version(), request.reason());
    }

    @PostMapping("/amendments/{amendmentId}/note")
    Amendment note(@PathVariable long id, @PathVariable long amendmentId, @RequestBody DecisionRequest request) {
        return amendments.note(id, amendmentId, request.version(), request.note());
    }

    @GetMapping("/versions")
    List<ItemVersion> versions(@PathVariable long id) {
        return history.versions(id);
    }

    @GetMapping("/versions/compare")
    Comparison compare(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
        return history.compare(id, from, to);
    }

    /**
     * What the approver or the appraisal lead gives on a request; {@code version} is the request's version the caller
     * saw (optional).
     */
    record DecisionRequest(@Nullable Long version, @Nullable String decisionNumber, @Nullable LocalDate decisionDate,
                           @Nullable String signer, @Nullable String reason, @Nullable String note) {
    }
}
