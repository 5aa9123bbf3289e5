package vn.vientro.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.shared.InvalidInputException;

/** The header search box (live suggestions), the search page and {@code GET /api/v1/search}. */
@Controller
@Tag(name = "search", description = "One search across the system, limited to what the caller may read")
class SearchController {

    private static final int SUGGESTIONS = 8;

    private final SearchIndex index;

    SearchController(SearchIndex index) {
        this.index = index;
    }

    record ApiHit(String type, String id, String title, String snippet, String url, double score) {
    }

    @GetMapping("/app/search")
    @PreAuthorize(SearchPolicy.SEARCH)
    String page(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String type,
                Model model) {
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("hits", index.search(q, blankToNull(type), 50));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("search.title")));
        return "search/search";
    }

    @GetMapping("/app/search/suggest")
    @PreAuthorize(SearchPolicy.SEARCH)
    String suggest(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("hits", index.search(q, null, SUGGESTIONS));
        return "search/search :: suggestions";
    }

    @GetMapping("/api/v1/search")
    @PreAuthorize(SearchPolicy.SEARCH)
    @ResponseBody
    @Operation(summary = "Ranked results across organisations, permits, contacts, aid items ... that the caller may read")
    List<ApiHit> api(@RequestParam String q, @RequestParam(required = false) @Nullable String type,
                     @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > 200) {
            throw new InvalidInputException("limit", "search.limit.invalid", 1, 200);
        }
        return index.search(q, blankToNull(type), limit).stream()
                .map(hit -> new ApiHit(hit.type(), hit.id(), hit.title(), hit.snippet(), hit.url(), hit.score()))
                .toList();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
