package vn.vientro.portal.feedback;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidReportingQueries;
import vn.vientro.aid.PublishedItem;
import vn.vientro.aid.PublishedItemQueries;
import vn.vientro.aid.ReportingBasis;
import vn.vientro.mobilisation.PublishedNeed;
import vn.vientro.mobilisation.PublishedNeeds;
import vn.vientro.portal.site.PortalLanguage;
import vn.vientro.portal.transparency.TransparencyViews;

/**
 * What a feedback may be about, read through the owners' public APIs: a published aid item (the aid module's
 * published items; it is answered by the item's owner agency) or a published need (the catalogue; answered by the
 * agency that proposed it). Anything else is not found.
 */
@Component
class FeedbackSubjects {

    private final PublishedItemQueries items;
    private final AidReportingQueries reporting;
    private final PublishedNeeds needs;

    FeedbackSubjects(PublishedItemQueries items, AidReportingQueries reporting, PublishedNeeds needs) {
        this.items = items;
        this.reporting = reporting;
        this.needs = needs;
    }

    Optional<SubjectPage> find(SubjectKind kind, long id, PortalLanguage language) {
        return switch (kind) {
            case AID_ITEM -> items.find(id).map(item -> item(item, language));
            case NEED -> needs.find(id).map(need -> need(need, language));
        };
    }

    /** The agency that answers the public about the subject: the item's owner, or the need's proposer. */
    Optional<Long> answeringAgency(SubjectKind kind, long id) {
        return switch (kind) {
            case AID_ITEM -> reporting.basis(id).map(ReportingBasis::ownerAgencyId);
            case NEED -> needs.proposingAgency(id);
        };
    }

    private static SubjectPage item(PublishedItem item, PortalLanguage language) {
        String vi = TransparencyViews.name(item, PortalLanguage.VI);
        String en = TransparencyViews.name(item, PortalLanguage.EN);
        return new SubjectPage(SubjectKind.AID_ITEM, item.id(), language == PortalLanguage.VI ? vi : en, vi,
                PortalLanguage.VI.aidItem(item.id(), vi), PortalLanguage.EN.aidItem(item.id(), en));
    }

    private static SubjectPage need(PublishedNeed need, PortalLanguage language) {
        String vi = need.titleVi();
        String en = need.title(PortalLanguage.EN.locale());
        return new SubjectPage(SubjectKind.NEED, need.id(), need.title(language.locale()), vi,
                PortalLanguage.VI.need(need.id(), vi), PortalLanguage.EN.need(need.id(), en));
    }

    /**
     * A subject's public page in both languages.
     *
     * @param title   its title in the page's language
     * @param titleVi its Vietnamese title, kept with the feedback
     */
    record SubjectPage(SubjectKind kind, long id, String title, String titleVi, String viUrl, String enUrl) {

        String url(PortalLanguage language) {
            return language == PortalLanguage.VI ? viUrl : enUrl;
        }

        /** The feedback form's address beside the page. */
        String formUrl(PortalLanguage language) {
            return url(language) + (language == PortalLanguage.VI ? "/phan-anh" : "/feedback");
        }
    }
}
