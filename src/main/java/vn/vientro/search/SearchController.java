package vn.vientro.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
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
    String page(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String type,
                Authentication user, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("hits", index.search(q, blankToNull(type), roles(user), 50));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("search.title")));
        return "search/search";
    }

    @GetMapping("/app/search/suggest")
    String suggest(@RequestParam(defaultValue = "") String q, Authentication user, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("hits", index.search(q, null, roles(user), SUGGESTIONS));
        return "search/search :: suggestions";
    }

    @GetMapping("/api/v1/search")
    @ResponseBody
    @Operation(summary = "Ranked results across organisations, permits, contacts, aid items ... that the caller may read")
    List<ApiHit> api(@RequestParam String q, @RequestParam(required = false) @Nullable String type,
                     @RequestParam(defaultValue = "20") int limit, Authentication user) {
        if (limit < 1 || limit > 200) {
            throw new InvalidInputException("limit", "search.limit.invalid", 1, 200);
        }
        return index.search(q, blankToNull(type), roles(user), limit).stream()
                .map(hit -> new ApiHit(hit.type(), hit.id(), hit.title(), hit.snippet(), hit.url(), hit.score()))
                .toList();
    }

    static Set<String> roles(@Nullable Authentication user) {
        Set<String> roles = new LinkedHashSet<>();
        if (user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()) {
            return roles;
        }
        roles.add(SearchDocument.STAFF);
        user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(authority -> authority.replaceFirst("^ROLE_", "")).forEach(roles::add);
        return roles;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
