package vn.vientro.mobilisation.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;

/** Fills the catalogue pages' models: periods, versions as their reader reads them, and what the person may do. */
@Component
class CataloguePageModel {

    static final String PATH = "/app/mobilisation/catalogues";
    private static final Breadcrumb HOME = Breadcrumb.link("platform.home.title", "/app");
    private static final Breadcrumb LIST = Breadcrumb.link("mobilisation.catalogues.title", PATH);

    private final Catalogues catalogues;
    private final CatalogueNames names;
    private final MobilisationPolicy policy;
    private final Agencies agencies;

    CataloguePageModel(Catalogues catalogues, CatalogueNames names, MobilisationPolicy policy, Agencies agencies) {
        this.catalogues = catalogues;
        this.names = names;
        this.policy = policy;
        this.agencies = agencies;
    }

    String periods(Model model, Object form) {
        model.addAttribute("periods", catalogues.periods());
        model.addAttribute("canCompile", policy.compiles());
        BoundForms.show(model, "form", form);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, Breadcrumb.here("mobilisation.catalogues.title")));
        return "mobilisation/catalogue/periods";
    }

    String period(Model model, long periodId) {
        PeriodRow period = catalogues.period(periodId);
        List<VersionRow> versions = catalogues.versions(periodId);
        model.addAttribute("period", period);
        model.addAttribute("versions", versions);
        model.addAttribute("canOpen", policy.compiles()
                && versions.stream().noneMatch(v -> v.status() == CatalogueVersionStatus.DRAFT));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(HOME, LIST, Breadcrumb.here(
                "mobilisation.catalogue.period.named", period.years())));
        return "mobilisation/catalogue/period";
    }

    String version(Model model, long versionId) {
        VersionView version = catalogues.version(versionId);
        VersionHeader header = version.header();
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("version", version);
        model.addAttribute("header", header);
        model.addAttribute("lines", names.lines(version.listed(), locale));
        boolean draft = !header.approved();
        model.addAttribute("canCompile", draft && policy.compiles());
        model.addAttribute("canApprove", draft && policy.approvesCatalogues());
        if (draft && policy.compiles()) {
            Map<Long, String> agencyNames = agencyNames(locale);
            model.addAttribute("candidates", catalogues.candidates());
            model.addAttribute("included", catalogues.included(versionId));
            model.addAttribute("includeForm", new IncludeForm(null));
            model.addAttribute("agencyNames", agencyNames);
        }
        model.addAttribute("breadcrumbs", trail(header, Breadcrumb.here("mobilisation.catalogue.version.named",
                header.revision())));
        return "mobilisation/catalogue/version";
    }

    String changes(Model model, long versionId) {
        CatalogueChanges changes = catalogues.changes(versionId);
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("changes", changes);
        model.addAttribute("header", changes.version());
        model.addAttribute("added", names.lines(changes.added(), locale));
        model.addAttribute("withdrawn", names.lines(changes.withdrawn(), locale));
        model.addAttribute("funded", names.lines(changes.funded(), locale));
        VersionHeader header = changes.version();
        model.addAttribute("breadcrumbs", trail(header, new Breadcrumb("mobilisation.catalogue.version.named",
                versionPath(header.id()), header.revision()), Breadcrumb.here("mobilisation.catalogue.changes")));
        return "mobilisation/catalogue/changes";
    }

    String approval(Model model, long versionId, Object form) {
        VersionView version = catalogues.version(versionId);
        VersionHeader header = version.header();
        model.addAttribute("version", version);
        model.addAttribute("header", header);
        BoundForms.show(model, "form", form);
        model.addAttribute("breadcrumbs", trail(header, new Breadcrumb("mobilisation.catalogue.version.named",
                versionPath(header.id()), header.revision()), Breadcrumb.here("mobilisation.catalogue.approve")));
        return "mobilisation/catalogue/approval";
    }

    /** The accepted need to put into the draft, as chosen. */
    record IncludeForm(@org.jspecify.annotations.Nullable Long needId) {
    }

    static String versionPath(long versionId) {
        return PATH + "/versions/" + versionId;
    }

    private static List<Breadcrumb> trail(VersionHeader header, Breadcrumb... rest) {
        List<Breadcrumb> steps = new java.util.ArrayList<>(List.of(HOME, LIST, new Breadcrumb(
                "mobilisation.catalogue.period.named", PATH + "/" + header.periodId(), header.years())));
        steps.addAll(List.of(rest));
        return Breadcrumb.trail(steps.toArray(Breadcrumb[]::new));
    }

    private Map<Long, String> agencyNames(Locale locale) {
        return agencies.all().stream().collect(Collectors.toMap(AgencyView::id, agency -> agency.name(locale),
                (a, b) -> a));
    }
}
