package vn.vientro.aid.item;

import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
import tools.jackson.databind.JsonNode;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.AidStatus;
import vn.vientro.shared.InvalidInputException;

/** Aid items over the API: the list with the page's filters, one item, drafting and updating. */
@RestController
@RequestMapping("/api/v1/aid-items")
class AidItemApiController {

    private final AidPortfolio portfolio;

    AidItemApiController(AidPortfolio portfolio) {
        this.portfolio = portfolio;
    }

    @GetMapping
    @SuppressWarnings("checkstyle:ParameterNumber")
    AidItemPage list(@RequestParam(required = false) @Nullable AidStatus status,
                     @RequestParam(required = false) @Nullable AidKind kind,
                     @RequestParam(required = false) @Nullable Long donor,
                     @RequestParam(required = false) @Nullable String field,
                     @RequestParam(required = false) @Nullable String commune,
                     @RequestParam(required = false) @Nullable Integer year,
                     @RequestParam(defaultValue = "false") boolean mine,
                     @RequestParam(defaultValue = "false") boolean overdue,
                     @RequestParam(required = false) @Nullable String q,
                     @RequestParam(required = false) @Nullable String sort,
                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return portfolio.list(new AidItemFilter(status, kind, donor, field, commune, year, mine, overdue, q, sort,
                page, size));
    }

    @GetMapping("/{itemId}")
    AidItemView get(@PathVariable long itemId) {
        return portfolio.get(itemId);
    }

    @PostMapping
    @PreAuthorize(AidPolicy.DRAFT)
    ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode request) {
        long id = portfolio.draft(DetailsJson.read(request));
        AidItemRecord item = portfolio.get(id).item();
        return ResponseEntity.created(URI.create("/api/v1/aid-items/" + id))
                .body(Map.of("id", id, "code", item.code(), "version", item.version()));
    }

    /**
     * Changes the description as the item's state allows: the owner's side while the dossier is theirs; during
     * appraisal a correction by the focal point or the appraisal lead, with its {@code reason}. Otherwise 409.
     */
    @PutMapping("/{itemId}")
    @PreAuthorize(AidPolicy.DESCRIBE)
    Map<String, Object> update(@PathVariable long itemId, @RequestBody JsonNode request) {
        JsonNode version = request.get("version");
        if (version == null || !version.canConvertToLong()) {
            throw new InvalidInputException("version", "aid.api.version.required");
        }
        JsonNode reason = request.get("reason");
        portfolio.update(itemId, version.asLong(), DetailsJson.read(request),
                reason == null || reason.isNull() ? null : reason.asString());
        return Map.of("id", itemId, "version", portfolio.get(itemId).item().version());
    }
}
