package vn.vientro.portal.procedures;

import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidRules;
import vn.vientro.aid.DossierChecklists;
import vn.vientro.aid.TimeLimit;
import vn.vientro.portal.site.PortalLanguage;
import vn.vientro.portal.site.Publications;

/**
 * The procedure pages as the portal shows them, in one language: the focal point's text, the papers from the aid
 * module's dossier configuration ({@link DossierChecklists}), the time limits from its rules ({@link AidRules}), the
 * NGOs' duties from the registry's configuration, and the forms; each read once until a publication changes.
 */
@Component
public class ProcedureViews {

    /** Where a form is downloaded from, in both languages: the file is the same. */
    static final String FORMS = "/thu-tuc/bieu-mau/";

    private final Procedures procedures;
    private final DossierChecklists checklists;
    private final AidRules rules;
    private final NgoDutyRules duties;
    private final Publications publications;
    private final MessageSource messages;

    ProcedureViews(Procedures procedures, DossierChecklists checklists, AidRules rules, NgoDutyRules duties,
                   Publications publications, MessageSource messages) {
        this.procedures = procedures;
        this.checklists = checklists;
        this.rules = rules;
        this.duties = duties;
        this.publications = publications;
        this.messages = messages;
    }

    /** Every procedure's page in one language, in the order of {@link ProcedureKind}. */
    public List<ProcedureView> all(PortalLanguage language) {
        return publications.cached(List.of("procedures", language), () -> Arrays.stream(ProcedureKind.values())
                .map(kind -> view(kind, language)).toList());
    }

    ProcedureView page(ProcedureKind kind, PortalLanguage language) {
        return all(language).get(kind.ordinal());
    }

    /** A procedure's address in a language. */
    public static String url(ProcedureKind kind, PortalLanguage language) {
        return language.procedures() + "/" + (language == PortalLanguage.VI ? kind.viSlug() : kind.enSlug());
    }

    private ProcedureView view(ProcedureKind kind, PortalLanguage language) {
        boolean english = language == PortalLanguage.EN;
        String body = procedures.text(kind).map(text -> english && text.bodyEn() != null ? text.bodyEn()
                : text.bodyVi()).map(RichText::sanitise).orElse("");
        List<ProcedureView.Paper> papers = kind.aidKinds().isEmpty() ? List.of()
                : checklists.forKinds(kind.aidKinds()).stream().map(paper -> new ProcedureView.Paper(
                        paper.name(language.locale()), paper.kinds().size() == kind.aidKinds().size() ? List.of()
                        : paper.kinds().stream().map(aidKind -> "aid.kind." + aidKind.name()).toList(),
                        paper.withSubmission(), paper.someDonorsExempt(), paper.source())).toList();
        Map<String, TimeLimit> limits = rules.timeLimits();
        List<ProcedureView.Limit> limitViews = kind.limits().stream().map(key -> {
            TimeLimit limit = limits.get(key);
            return new ProcedureView.Limit("aid.rules.limit." + key, limit.amount(),
                    "aid.rules.unit." + limit.unit().name(), limit.source());
        }).toList();
        ProcedureView.Duties ngo = kind == ProcedureKind.NGO_DUTIES ? new ProcedureView.Duties(
                duties.planDueWorkingDays(), duties.planSource(),
                MonthDay.of(duties.annualReportDueMonth(), duties.annualReportDueDay()), duties.annualReportSource())
                : null;
        List<ProcedureView.Form> forms = procedures.forms(kind).stream().map(form -> new ProcedureView.Form(form.id(),
                form.title(english), form.fileName(), FORMS + form.id())).toList();
        return new ProcedureView(kind, text("portal.procedures.kind." + kind.name(), language),
                text("portal.procedures.kind." + kind.name() + ".summary", language), body, papers, limitViews, ngo,
                forms, url(kind, language), url(kind, PortalLanguage.VI), url(kind, PortalLanguage.EN));
    }

    private String text(String key, PortalLanguage language) {
        return messages.getMessage(key, null, language.locale());
    }
}
