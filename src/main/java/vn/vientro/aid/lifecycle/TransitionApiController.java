package vn.vientro.aid.lifecycle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.AidStatus;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.TextLength;

/** Moves of an item's lifecycle over the API, with the same rules as the pages: a refused move answers 409. */
@RestController
@RequestMapping("/api/v1/aid-items/{itemId}")
class TransitionApiController {

    private final Lifecycle lifecycle;

    TransitionApiController(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** The moves the caller may make now. */
    @GetMapping("/transitions")
    List<String> available(@PathVariable long itemId) {
        return lifecycle.available(itemId).stream().map(AidAction::slug).toList();
    }

    @PostMapping("/transitions/{action}")
    @PreAuthorize(AidPolicy.MOVE)
    Map<String, Object> perform(@PathVariable long itemId, @PathVariable String action,
                                @Valid @RequestBody TransitionRequest request) {
        AidAction move = AidAction.fromSlug(action).orElseThrow(() -> new NotFoundException("aid action", action));
        AidStatus status = lifecycle.perform(itemId, request.version() == null ? -1 : request.version(), move,
                new TransitionCommand(request.reason(), request.referenceNumber(), request.referenceDate(),
                        request.signer(), request.recommendation(), request.overrideReason()));
        return Map.of("id", itemId, "status", status.name());
    }

    @GetMapping("/timeline")
    List<TimelineEntry> timeline(@PathVariable long itemId) {
        return lifecycle.timeline(itemId);
    }

    @GetMapping("/decisions")
    List<DecisionView> decisions(@PathVariable long itemId) {
        return lifecycle.decisions(itemId);
    }

    /** A move's inputs; {@code version} is the item's version the caller saw. */
    record TransitionRequest(@Nullable Long version,
                             @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String reason,
                             @Size(max = TextLength.CODE, message = "{validation.tooLong}")
                             @Nullable String referenceNumber,
                             @Nullable LocalDate referenceDate,
                             @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String signer,
                             @Size(max = TextLength.CODE, message = "{validation.tooLong}")
                             @Nullable String recommendation,
                             @Size(max = TextLength.TEXT, message = "{validation.tooLong}")
                             @Nullable String overrideReason) {
    }
}
