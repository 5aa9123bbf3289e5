package vn.vientro.portal.feedback;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.portal.site.PortalLanguage;
import vn.vientro.portal.site.Publications;

/**
 * The feedback part of a published item's or need's public page: the link to the form, the tracking page, and the
 * answers the focal point published (never who asked or how to reach them), read once until a publication changes.
 */
@Component
public class FeedbackSections {

    private final PublicFeedback feedback;
    private final Publications publications;

    FeedbackSections(PublicFeedback feedback, Publications publications) {
        this.feedback = feedback;
        this.publications = publications;
    }

    public Section forItem(PortalLanguage language, long itemId, String itemUrl) {
        return section(language, SubjectKind.AID_ITEM, itemId, itemUrl);
    }

    public Section forNeed(PortalLanguage language, long needId, String needUrl) {
        return section(language, SubjectKind.NEED, needId, needUrl);
    }

    private Section section(PortalLanguage language, SubjectKind kind, long id, String url) {
        List<PublishedAnswer> answers = publications.cached(List.of("feedback-answers", kind, id),
                () -> feedback.answers(kind, id));
        return new Section(url + (language == PortalLanguage.VI ? "/phan-anh" : "/feedback"),
                PortalFeedbackController.trackUrl(language), answers);
    }

    /** Where to send feedback and follow it, and the published answers. */
    public record Section(String formUrl, String trackUrl, List<PublishedAnswer> answers) {
    }
}
