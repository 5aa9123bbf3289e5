package vn.vientro.monitoring.fieldwork;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.monitoring.inspection.CheckResult;
import vn.vientro.monitoring.inspection.FindingCategory;
import vn.vientro.monitoring.inspection.FindingInput;
import vn.vientro.monitoring.inspection.FindingSeverity;
import vn.vientro.monitoring.inspection.Findings;
import vn.vientro.monitoring.inspection.InspectionStatus;
import vn.vientro.monitoring.inspection.InspectionView;
import vn.vientro.monitoring.inspection.Inspections;
import vn.vientro.platform.Actor;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;

/**
 * What the field-work page shows: the inspection's checklist with the values the team member starts from (their
 * version is what a change made offline is compared with on syncing), the findings recorded so far, and the words its
 * script shows. Only the team reaches it (the controller's rule), the findings' readers before the conclusion.
 */
@Component
class FieldWorkPageModel {

    private final Inspections inspections;
    private final Findings findings;
    private final MessageSource messages;

    FieldWorkPageModel(Inspections inspections, Findings findings, MessageSource messages) {
        this.inspections = inspections;
        this.findings = findings;
        this.messages = messages;
    }

    String page(Model model, long inspectionId) {
        InspectionView inspection = inspections.get(inspectionId);
        String base = base(inspectionId);
        boolean underWay = inspection.status() == InspectionStatus.IN_PROGRESS;
        model.addAttribute("inspection", inspection);
        model.addAttribute("underWay", underWay);
        model.addAttribute("user", Actor.current());
        model.addAttribute("webAppManifest", base + "/field-work/manifest.webmanifest");
        model.addAttribute("serviceWorker", FieldWorkPublicPaths.SERVICE_WORKER);
        model.addAttribute("results", CheckResult.values());
        model.addAttribute("categories", FindingCategory.values());
        model.addAttribute("severities", FindingSeverity.values());
        model.addAttribute("findings", findings.list(inspectionId));
        BoundForms.showBlank(model, "findingForm", new FindingInput(null, null, null));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("monitoring.inspections.title", "/app/monitoring/inspections?year="
                        + inspection.planYear()), Breadcrumb.link("monitoring.inspection.title", base),
                Breadcrumb.here("monitoring.fieldwork.title")));
        return "monitoring/fieldwork/page";
    }

    /** The web app manifest: installed, the app opens this inspection's field work, in the user's language. */
    Map<String, Object> manifest(long inspectionId) {
        InspectionView inspection = inspections.get(inspectionId);
        Locale locale = LocaleContextHolder.getLocale();
        String page = base(inspectionId) + "/field-work";
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("id", page);
        manifest.put("name", messages.getMessage("monitoring.fieldwork.app.name", new Object[] {inspection.title()},
                locale));
        manifest.put("short_name", messages.getMessage("monitoring.fieldwork.app.shortName", null, locale));
        manifest.put("description", messages.getMessage("monitoring.fieldwork.app.description", null, locale));
        manifest.put("lang", locale.getLanguage());
        manifest.put("start_url", page);
        manifest.put("scope", base(inspectionId) + "/");
        manifest.put("display", "standalone");
        manifest.put("background_color", "#ffffff");
        manifest.put("theme_color", "#8c1c13");
        manifest.put("icons", List.of(icon("/img/fieldwork-192.png", "192x192", "any"),
                icon("/img/fieldwork-512.png", "512x512", "any"),
                icon("/img/fieldwork-maskable-512.png", "512x512", "maskable")));
        return manifest;
    }

    private static Map<String, String> icon(String src, String sizes, String purpose) {
        return Map.of("src", src, "sizes", sizes, "type", "image/png", "purpose", purpose);
    }

    private static String base(long inspectionId) {
        return "/app/monitoring/inspections/" + inspectionId;
    }
}
