package vn.vientro.portal.news;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.vientro.mobilisation.PublishedBulletin;
import vn.vientro.mobilisation.PublishedBulletinEntry;
import vn.vientro.portal.site.PortalLanguage;
import vn.vientro.portal.site.Publications;

/**
 * The bulletin as the portal shows it, in one language, read through the mobilisation module's
 * {@link PublishedBulletin} (only what the focal point published) once until a publication changes.
 */
@Component
public class BulletinViews {

    private final PublishedBulletin bulletin;
    private final Publications publications;

    BulletinViews(PublishedBulletin bulletin, Publications publications) {
        this.bulletin = bulletin;
        this.publications = publications;
    }

    /** Every published entry, the latest first, as the mobilisation module gives them. */
    public List<PublishedBulletinEntry> all() {
        return publications.cached("bulletin-all", bulletin::all);
    }

    public List<BulletinCard> cards(PortalLanguage language) {
        return publications.cached(List.of("bulletin-cards", language), () -> all().stream()
                .map(entry -> card(entry, language)).toList());
    }

    Optional<BulletinCard> entry(PortalLanguage language, long id) {
        return cards(language).stream().filter(card -> card.id() == id).findFirst();
    }

    private static BulletinCard card(PublishedBulletinEntry entry, PortalLanguage language) {
        Locale locale = language.locale();
        String title = entry.title(locale);
        return new BulletinCard(entry.id(), kindKey(entry.kind()), title, entry.summary(locale), entry.happenedOn(),
                language.bulletinEntry(entry.id(), title), PortalLanguage.VI.bulletinEntry(entry.id(), entry.titleVi()),
                PortalLanguage.EN.bulletinEntry(entry.id(), entry.title(Locale.ENGLISH)));
    }

    private static String kindKey(String kind) {
        return "portal.bulletin.kind." + kind;
    }
}
