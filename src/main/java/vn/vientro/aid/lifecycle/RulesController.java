package vn.vientro.aid.lifecycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.vientro.aid.AidRules;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.reference.PriorityFields;

/**
 * The legal rules the aid process runs on, each with its source, so staff can see why a date is what it is. They are
 * changed in configuration ({@code vientro.aid.*}), not in code; the page says them in words, never by their keys.
 */
@Controller
class RulesController {

    private final AidRules rules;
    private final MessageSource messages;
    private final PriorityFields priorityFields;

    RulesController(AidRules rules, MessageSource messages, PriorityFields priorityFields) {
        this.rules = rules;
        this.messages = messages;
        this.priorityFields = priorityFields;
    }

    @GetMapping("/app/aid/rules")
    String rules(Model model, Locale locale) {
        model.addAttribute("rules", rules);
        Map<AidRules.ApprovalAuthority, String> cases = new LinkedHashMap<>();
        rules.authorities().forEach(authority -> cases.put(authority, when(authority, locale)));
        model.addAttribute("authorityCases", cases);
        model.addAttribute("substantiveFields", rules.amendment().substantiveFields().stream()
                .map(field -> messages.getMessage("aid.amendment.field." + field, null, field, locale)).toList());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("aid.rules.title")));
        return "aid/lifecycle/rules";
    }

    /** When an approval rule applies, in words: "Dự án đầu tư; ngành DAC bắt đầu bằng 152". */
    private String when(AidRules.ApprovalAuthority authority, Locale locale) {
        List<String> parts = new ArrayList<>();
        authority.kinds().forEach(kind -> parts.add(messages.getMessage("aid.kind." + kind, null, locale)));
        authority.priorityFields().forEach(code -> parts.add(priorityFields.byCode(code)
                .map(field -> field.name(locale)).orElse(code)));
        if (!authority.sectorPrefixes().isEmpty()) {
            parts.add(messages.getMessage("aid.rules.sectorsStarting",
                    new Object[] {String.join(", ", authority.sectorPrefixes())}, locale));
        }
        if (authority.minUsd() != null) {
            parts.add(messages.getMessage("aid.rules.fromUsd", new Object[] {authority.minUsd()}, locale));
        }
        return String.join("; ", parts);
    }
}
