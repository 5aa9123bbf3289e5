package vn.vientro.mobilisation.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A published need's likely funders over the API, as the page shows them, the explanation in both languages. */
@RestController
@Tag(name = "mobilisation", description = "The catalogue of projects calling for aid: needs, their workflow, files")
class MatchApiController {

    private final Matching matching;

    MatchApiController(Matching matching) {
        this.matching = matching;
    }

    @GetMapping("/api/v1/catalogue-needs/{needId}/matches")
    @Operation(summary = "Organisations likely to fund a published need, best first (limit 1–100, default 20): score "
            + "out of 100 and its parts in Vietnamese and English; 409 if the need is not published. FOCAL_POINT, "
            + "APPRAISER, LEADER")
    NeedMatches matches(@PathVariable long needId, @RequestParam(defaultValue = "20") int limit) {
        return matching.forNeed(needId, limit);
    }
}
