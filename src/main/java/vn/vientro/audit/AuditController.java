package vn.vientro.audit;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vientro.platform.Breadcrumb;

@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditTrail trail;
    private final RecordNaming naming;

    AuditController(AuditTrail trail, RecordNaming naming) {
        this.trail = trail;
        this.naming = naming;
    }

    @GetMapping("/app/audit")
    @PreAuthorize(AuditPolicy.READ)
    String list(@RequestParam(required = false) @Nullable String table,
                @RequestParam(required = false) @Nullable String rowId,
                @RequestParam(required = false) @Nullable String actor,
                @RequestParam(required = false) @Nullable LocalDate from,
                @RequestParam(required = false) @Nullable LocalDate to,
                @RequestParam(required = false) @Nullable Long before, Model model, Locale locale) {
        AuditFilter filter = new AuditFilter(table, rowId, actor, from, to, before, PAGE_SIZE + 1);
        var events = trail.search(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("lines", naming.lines(events.size() > PAGE_SIZE ? events.subList(0, PAGE_SIZE) : events,
                locale));
        model.addAttribute("nextBefore", events.size() > PAGE_SIZE ? events.get(PAGE_SIZE - 1).id() : null);
        model.addAttribute("tables", naming.tables(trail.auditedTables(), locale));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("audit.title")));
        return "audit/audit-list";
    }
}
